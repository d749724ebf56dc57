/**
 * A second list of officials' names in Arabic with the Latin spelling the press of their region
 * uses, written before the earlier romanization tuning round (on `officials.ts`) and kept out of
 * it (nobody on this list is on the first one); tuned on from the following round on, so it is
 * IN-SAMPLE now, like the first list. Before that round it scored Maghreb 25.9% exact / 55.4%
 * tokens and Mashreq 37.7% / 62.2%: what a held-out list looks like. Written by the tansiq
 * developers.
 *
 * Same format and regions as `officials.ts`. Used by bench/romanize.bench.ts.
 */
import type { Official, OfficialRegion } from './officials.js';

const DATA = `
maghreb|الشرقي الضريس|Charki Draiss
maghreb|بوشعيب الرميل|Bouchaib Rmail
maghreb|امحند العنصر|Mohand Laenser
maghreb|نبيلة منيب|Nabila Mounib
maghreb|حميد شباط|Hamid Chabat
maghreb|إلياس العماري|Ilyas El Omari
maghreb|عبد الواحد الراضي|Abdelwahed Radi
maghreb|محمد بنعبد القادر|Mohamed Benabdelkader
maghreb|عبد القادر اعمارة|Abdelkader Amara
maghreb|لحسن حداد|Lahcen Haddad
maghreb|محمد بوسعيد|Mohamed Boussaid
maghreb|رشيد بلمختار|Rachid Benmokhtar
maghreb|نور الدين بوطيب|Noureddine Boutayeb
maghreb|خالد آيت الطالب|Khalid Ait Taleb
maghreb|أمين التهراوي|Amine Tahraoui
maghreb|ليلى بنعلي|Leila Benali
maghreb|عبد اللطيف ميراوي|Abdellatif Miraoui
maghreb|رياض مزور|Ryad Mezzour
maghreb|محسن الجزولي|Mohcine Jazouli
maghreb|غيثة مزور|Ghita Mezzour
maghreb|عبد الصمد قيوح|Abdessamad Kayouh
maghreb|محمد صديقي|Mohamed Sadiki
maghreb|أحمد رضا الشامي|Ahmed Reda Chami
maghreb|عبد العزيز بلعيد|Abdelaziz Belaid
maghreb|محمد العربي ولد خليفة|Mohamed Larbi Ould Khelifa
maghreb|عبد القادر بن قرينة|Abdelkader Bengrina
maghreb|لويزة حنون|Louisa Hanoune
maghreb|محمد عرقاب|Mohamed Arkab
maghreb|كمال رزيق|Kamel Rezig
maghreb|يوسف بلمهدي|Youcef Belmehdi
maghreb|سعيد بوتفليقة|Saïd Bouteflika
maghreb|خالد نزار|Khaled Nezzar
maghreb|الطيب لوح|Tayeb Louh
maghreb|عبد العزيز رحابي|Abdelaziz Rahabi
maghreb|مولود حمروش|Mouloud Hamrouche
maghreb|كريم يونس|Karim Younes
maghreb|سليمان شنين|Slimane Chenine
maghreb|سيد أحمد غزالي|Sid Ahmed Ghozali
maghreb|بلعيد عبد السلام|Belaid Abdesselam
maghreb|الأخضر الإبراهيمي|Lakhdar Brahimi
maghreb|محمد بجاوي|Mohammed Bedjaoui
maghreb|الحبيب بورقيبة|Habib Bourguiba
maghreb|محمد الغنوشي|Mohamed Ghannouchi
maghreb|فؤاد المبزع|Fouad Mebazaa
maghreb|مصطفى بن جعفر|Mustapha Ben Jaafar
maghreb|نبيل القروي|Nabil Karoui
maghreb|سهام البوغديري|Sihem Boughdiri
maghreb|كمال مرجان|Kamel Morjane
maghreb|عبد الكريم الهاروني|Abdelkarim Harouni
maghreb|نور الدين البحيري|Noureddine Bhiri
maghreb|لطفي زيتون|Lotfi Zitoun
maghreb|غازي الجريبي|Ghazi Jeribi
maghreb|عبد اللطيف المكي|Abdellatif Mekki
maghreb|منجي الحامدي|Mongi Hamdi
maghreb|رفيق عبد السلام|Rafik Abdessalem
maghreb|اعلي ولد محمد فال|Ely Ould Mohamed Vall
maghreb|يحيى ولد حدمين|Yahya Ould Hademine
maghreb|سيدي محمد ولد الشيخ عبد الله|Sidi Mohamed Ould Cheikh Abdallahi
mashreq|محمد البرادعي|Mohamed ElBaradei
mashreq|حازم الببلاوي|Hazem el-Beblawi
mashreq|إبراهيم محلب|Ibrahim Mahlab
mashreq|شريف إسماعيل|Sherif Ismail
mashreq|أحمد نظيف|Ahmed Nazif
mashreq|عصام شرف|Essam Sharaf
mashreq|نبيل فهمي|Nabil Fahmy
mashreq|محمد كامل عمرو|Mohamed Kamel Amr
mashreq|حسين طنطاوي|Hussein Tantawi
mashreq|سامي عنان|Sami Anan
mashreq|صدقي صبحي|Sedki Sobhi
mashreq|محمود حجازي|Mahmoud Hegazy
mashreq|أسامة عسكر|Osama Askar
mashreq|أحمد الطيب|Ahmed el-Tayeb
mashreq|شوقي علام|Shawki Allam
mashreq|علي جمعة|Ali Gomaa
mashreq|الحسين بن عبد الله|Hussein bin Abdullah
mashreq|عون الخصاونة|Awn Khasawneh
mashreq|معروف البخيت|Marouf Bakhit
mashreq|إميل لحود|Emile Lahoud
mashreq|ميشال سليمان|Michel Suleiman
mashreq|تيمور جنبلاط|Taymour Jumblatt
mashreq|سامي الجميل|Samy Gemayel
mashreq|أمين الجميل|Amine Gemayel
mashreq|محمد رعد|Mohammad Raad
mashreq|زياد بارود|Ziad Baroud
mashreq|مروان شربل|Marwan Charbel
mashreq|عماد عثمان|Imad Othman
mashreq|رياض سلامة|Riad Salameh
mashreq|حافظ الأسد|Hafez al-Assad
mashreq|ماهر الأسد|Maher al-Assad
mashreq|فاروق الشرع|Farouk al-Sharaa
mashreq|عبد الحليم خدام|Abdul Halim Khaddam
mashreq|رياض حجاب|Riyad Hijab
mashreq|عماد خميس|Imad Khamis
mashreq|حسين عرنوس|Hussein Arnous
mashreq|بثينة شعبان|Bouthaina Shaaban
mashreq|بشار الجعفري|Bashar al-Jaafari
mashreq|آصف شوكت|Assef Shawkat
mashreq|صدام حسين|Saddam Hussein
mashreq|طارق عزيز|Tariq Aziz
mashreq|إياد علاوي|Ayad Allawi
mashreq|إبراهيم الجعفري|Ibrahim al-Jaafari
mashreq|هوشيار زيباري|Hoshyar Zebari
mashreq|مسعود بارزاني|Masoud Barzani
mashreq|نيجيرفان بارزاني|Nechirvan Barzani
mashreq|محمود المشهداني|Mahmoud al-Mashhadani
mashreq|عمار الحكيم|Ammar al-Hakim
mashreq|هادي العامري|Hadi al-Amiri
mashreq|قيس الخزعلي|Qais al-Khazali
mashreq|أبو مهدي المهندس|Abu Mahdi al-Muhandis
mashreq|حمد بن جاسم|Hamad bin Jassim
mashreq|عبد الله بن عبد العزيز|Abdullah bin Abdulaziz
mashreq|سعود الفيصل|Saud al-Faisal
mashreq|نايف بن عبد العزيز|Nayef bin Abdulaziz
mashreq|إبراهيم العساف|Ibrahim al-Assaf
mashreq|خالد الفالح|Khalid al-Falih
mashreq|خليفة بن زايد|Khalifa bin Zayed
mashreq|هزاع بن زايد|Hazza bin Zayed
mashreq|يوسف بن علوي|Yusuf bin Alawi
mashreq|قابوس بن سعيد|Qaboos bin Said
mashreq|صباح الأحمد الجابر الصباح|Sabah Al-Ahmad Al-Jaber Al-Sabah
mashreq|نواف الأحمد الجابر الصباح|Nawaf Al-Ahmad Al-Jaber Al-Sabah
mashreq|نايف الحجرف|Nayef al-Hajraf
mashreq|ياسر عرفات|Yasser Arafat
mashreq|صائب عريقات|Saeb Erekat
mashreq|رامي الحمد الله|Rami Hamdallah
mashreq|جبريل الرجوب|Jibril Rajoub
mashreq|مروان البرغوثي|Marwan Barghouti
mashreq|معمر القذافي|Muammar Gaddafi
mashreq|سيف الإسلام القذافي|Saif al-Islam Gaddafi
mashreq|مصطفى عبد الجليل|Mustafa Abdul Jalil
mashreq|محمود جبريل|Mahmoud Jibril
mashreq|خالد المشري|Khaled al-Mishri
mashreq|عبد الرحيم دقلو|Abdel Rahim Dagalo
mashreq|أحمد عبيد بن دغر|Ahmed Obeid bin Daghr
mashreq|خالد بحاح|Khaled Bahah
foreign|إدوار فيليب|Édouard Philippe
foreign|جان كاستكس|Jean Castex
foreign|إليزابيث بورن|Élisabeth Borne
foreign|برنار كازنوف|Bernard Cazeneuve
foreign|دومينيك دو فيلبان|Dominique de Villepin
foreign|لوران نونيز|Laurent Nuñez
foreign|فرانك فالتر شتاينماير|Frank Walter Steinmeier
foreign|هايكو ماس|Heiko Maas
foreign|توماس دي ميزير|Thomas de Maizière
foreign|ألكسندر دوبرينت|Alexander Dobrindt
foreign|مايك بنس|Mike Pence
foreign|مارك إسبر|Mark Esper
foreign|جانيت يلين|Janet Yellen
foreign|ليون بانيتا|Leon Panetta
foreign|روبرت غيتس|Robert Gates
foreign|ديك تشيني|Dick Cheney
foreign|بيل كلينتون|Bill Clinton
foreign|جون ماكين|John McCain
foreign|مادلين أولبرايت|Madeleine Albright
foreign|جيمس بيكر|James Baker
foreign|جيمس كليفرلي|James Cleverly
foreign|دومينيك راب|Dominic Raab
foreign|جيريمي كوربن|Jeremy Corbyn
foreign|ماتيو بيانتيدوزي|Matteo Piantedosi
foreign|لويجي دي مايو|Luigi Di Maio
foreign|إنريكو ليتا|Enrico Letta
foreign|ماتيو رينزي|Matteo Renzi
foreign|باولو جنتيلوني|Paolo Gentiloni
foreign|خافيير سولانا|Javier Solana
foreign|ميخائيل ميشوستين|Mikhail Mishustin
foreign|أندريه بيلاوسوف|Andrey Belousov
foreign|ألكسندر بورتنيكوف|Alexander Bortnikov
foreign|خلوصي أكار|Hulusi Akar
foreign|سليمان صويلو|Süleyman Soylu
foreign|يائير لابيد|Yair Lapid
foreign|نفتالي بينيت|Naftali Bennett
foreign|يوآف غالانت|Yoav Gallant
foreign|خافيير ميلي|Javier Milei
foreign|شينزو آبي|Shinzo Abe
foreign|شارل ميشال|Charles Michel
foreign|جان كلود يونكر|Jean Claude Juncker
foreign|دونالد توسك|Donald Tusk
foreign|كوفي أنان|Kofi Annan
foreign|ستافان دي ميستورا|Staffan de Mistura
foreign|مارتن غريفيث|Martin Griffiths
foreign|هانس غروندبرغ|Hans Grundberg
foreign|ستيفاني ويليامز|Stephanie Williams
foreign|غير بيدرسون|Geir Pedersen
foreign|فيديريكا موغيريني|Federica Mogherini
foreign|كاثرين آشتون|Catherine Ashton
`;

/** The second list (not used for tuning). */
export const OFFICIALS_SECOND: readonly Official[] = DATA.trim()
  .split('\n')
  .map((line) => {
    const [region = '', arabic = '', latin = ''] = line.split('|');
    return { region: region as OfficialRegion, arabic, latin };
  });

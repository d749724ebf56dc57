/**
 * Officials' names in Arabic with the Latin spelling the press of their region uses (in-sample:
 * written by the tansiq developers, and the romanization lexicon was built with these names in
 * view, so agreement on this list is an in-sample figure, not a held-out one).
 *
 * `maghreb`: Moroccan, Algerian, Tunisian and Mauritanian officials as the French-language press
 * of the Maghreb spells them; `mashreq`: Egyptian, Levantine, Iraqi, Gulf, Libyan, Sudanese and
 * Yemeni officials as the English-language press spells them; `foreign`: non-Arab officials
 * (European, American, Russian, Turkish, Asian) written in Arabic, with their own spelling.
 * Used by bench/romanize.bench.ts and tests/arabic/names/officials.test.ts.
 */

/** Region of the spelling: which romanization style the Latin form follows. */
export type OfficialRegion = 'maghreb' | 'mashreq' | 'foreign';

/** One official: Arabic name, press spelling, region. */
export interface Official {
  readonly region: OfficialRegion;
  readonly arabic: string;
  readonly latin: string;
}

const DATA = `
maghreb|عبد اللطيف حموشي|Abdellatif Hammouchi
maghreb|عبد الوافي لفتيت|Abdelouafi Laftit
maghreb|ناصر بوريطة|Nasser Bourita
maghreb|ياسين المنصوري|Yassine Mansouri
maghreb|عبد الحق الخيام|Abdelhak Khiam
maghreb|سعد الدين العثماني|Saadeddine El Othmani
maghreb|عبد الإله بنكيران|Abdelilah Benkirane
maghreb|عزيز أخنوش|Aziz Akhannouch
maghreb|لطيفة أخرباش|Latifa Akharbach
maghreb|عبد اللطيف وهبي|Abdellatif Ouahbi
maghreb|فوزي لقجع|Fouzi Lekjaa
maghreb|نزار بركة|Nizar Baraka
maghreb|أحمد التوفيق|Ahmed Toufiq
maghreb|شكيب بنموسى|Chakib Benmoussa
maghreb|محمد بنشعبون|Mohamed Benchaaboun
maghreb|سعيد أمزازي|Said Amzazi
maghreb|مصطفى الرميد|Mustapha Ramid
maghreb|عبد اللطيف الجواهري|Abdellatif Jouahri
maghreb|رشيد الطالبي العلمي|Rachid Talbi Alami
maghreb|مصطفى الخلفي|Mustapha El Khalfi
maghreb|محمد حصاد|Mohamed Hassad
maghreb|عبد السلام الصديقي|Abdeslam Seddiki
maghreb|محمد أوجار|Mohamed Aujjar
maghreb|عبد الكريم بنعتيق|Abdelkrim Benatiq
maghreb|نادية فتاح العلوي|Nadia Fettah Alaoui
maghreb|عمر هلال|Omar Hilale
maghreb|مولاي حفيظ العلمي|Moulay Hafid Elalamy
maghreb|عبد النباوي|Abdennabaoui
maghreb|محمد عبد النباوي|Mohamed Abdennabaoui
maghreb|الحسن الداكي|El Hassan Daki
maghreb|يونس السكوري|Younes Sekkouri
maghreb|عبد اللطيف لوديي|Abdellatif Loudiyi
maghreb|محمد المهدي بنسعيد|Mohamed Mehdi Bensaid
maghreb|شكيب بن موسى|Chakib Benmoussa
maghreb|عبد المجيد تبون|Abdelmadjid Tebboune
maghreb|السعيد شنقريحة|Saïd Chanegriha
maghreb|رمطان لعمامرة|Ramtane Lamamra
maghreb|أحمد عطاف|Ahmed Attaf
maghreb|أيمن بن عبد الرحمن|Aymen Benabderrahmane
maghreb|عبد العزيز جراد|Abdelaziz Djerad
maghreb|نذير العرباوي|Nadir Larbaoui
maghreb|عبد القادر مساهل|Abdelkader Messahel
maghreb|عبد القادر بن صالح|Abdelkader Bensalah
maghreb|أحمد أويحيى|Ahmed Ouyahia
maghreb|عبد المالك سلال|Abdelmalek Sellal
maghreb|عبد العزيز بوتفليقة|Abdelaziz Bouteflika
maghreb|أحمد قايد صالح|Ahmed Gaïd Salah
maghreb|صالح قوجيل|Salah Goudjil
maghreb|إبراهيم بوغالي|Brahim Boughali
maghreb|بلقاسم زغماتي|Belkacem Zeghmati
maghreb|عبد الرشيد طبي|Abderrachid Tabi
maghreb|كمال بلجود|Kamel Beldjoud
maghreb|إبراهيم مراد|Brahim Merad
maghreb|صبري بوقدوم|Sabri Boukadoum
maghreb|نور الدين بدوي|Noureddine Bedoui
maghreb|يوسف يوسفي|Youcef Yousfi
maghreb|محمد شرفي|Mohamed Charfi
maghreb|عبد الحميد تبون|Abdelhamid Tebboune
maghreb|ليلى زروقي|Leila Zerrougui
maghreb|عبد المجيد عطار|Abdelmadjid Attar
maghreb|قيس سعيد|Kaïs Saïed
maghreb|الباجي قائد السبسي|Béji Caïd Essebsi
maghreb|راشد الغنوشي|Rached Ghannouchi
maghreb|هشام المشيشي|Hichem Mechichi
maghreb|يوسف الشاهد|Youssef Chahed
maghreb|نجلاء بودن|Najla Bouden
maghreb|أحمد الحشاني|Ahmed Hachani
maghreb|كمال المدوري|Kamel Madouri
maghreb|عثمان الجرندي|Othman Jerandi
maghreb|نبيل عمار|Nabil Ammar
maghreb|محمد علي النفطي|Mohamed Ali Nafti
maghreb|توفيق شرف الدين|Taoufik Charfeddine
maghreb|كمال الفقي|Kamel Feki
maghreb|خالد النوري|Khaled Nouri
maghreb|عماد مميش|Imed Memmiche
maghreb|منصف المرزوقي|Moncef Marzouki
maghreb|زين العابدين بن علي|Zine El Abidine Ben Ali
maghreb|حمادي الجبالي|Hamadi Jebali
maghreb|مهدي جمعة|Mehdi Jomaa
maghreb|الحبيب الصيد|Habib Essid
maghreb|إلياس الفخفاخ|Elyes Fakhfakh
maghreb|خميس الجهيناوي|Khemaies Jhinaoui
maghreb|ليلى جفال|Leila Jaffel
maghreb|محمد ولد الشيخ الغزواني|Mohamed Ould Cheikh El Ghazouani
maghreb|محمد ولد عبد العزيز|Mohamed Ould Abdel Aziz
maghreb|محمد سالم ولد مرزوك|Mohamed Salem Ould Merzoug
maghreb|المختار ولد أجاي|Mokhtar Ould Djay
maghreb|محمد ولد بلال|Mohamed Ould Bilal
maghreb|إسماعيل ولد الشيخ أحمد|Ismail Ould Cheikh Ahmed
maghreb|حنان الفاسي|Hanane El Fassi
maghreb|عبد الرحمن اليوسفي|Abderrahmane Youssoufi
maghreb|إدريس جطو|Driss Jettou
maghreb|عباس الفاسي|Abbas El Fassi
maghreb|الطيب الفاسي الفهري|Taieb Fassi Fihri
maghreb|صلاح الدين مزوار|Salaheddine Mezouar
maghreb|محمد ساجد|Mohamed Sajid
maghreb|عبد الحكيم بنشماش|Hakim Benchamach
maghreb|النعم ميارة|Enaam Mayara
maghreb|حبيب المالكي|Habib El Malki
maghreb|عبد الرحيم الحافظي|Abderrahim El Hafidi
maghreb|عادل الفقير|Adel El Fakir
maghreb|محمد الأعرج|Mohamed Laaraj
maghreb|أمينة بوعياش|Amina Bouayach
maghreb|عبد الرزاق مولاي رشيد|Abderrazak Moulay Rachid
maghreb|مصطفى الباكوري|Mustapha Bakkoury
maghreb|عبد الحق المريني|Abdelhak Lamrini
maghreb|سعيد شنقريحة|Saïd Chanegriha
maghreb|عبد الرحمن بن صالح|Abderrahmane Bensalah
maghreb|عبد الكريم زبيدي|Abdelkrim Zbidi
maghreb|فرحات الحرشاني|Farhat Horchani
maghreb|إبراهيم البرتاجي|Brahim Bertegi
maghreb|الهادي المجدوب|Hedi Majdoub
maghreb|لطفي براهم|Lotfi Brahem
maghreb|توفيق الراجحي|Taoufik Rajhi
maghreb|محمد الناصر|Mohamed Ennaceur
maghreb|إبراهيم بودربالة|Brahim Bouderbala
maghreb|نور الدين الطبوبي|Noureddine Taboubi
maghreb|عبد الفتاح مورو|Abdelfattah Mourou
maghreb|سمير ديلو|Samir Dilou
maghreb|علي العريض|Ali Laarayedh
maghreb|حمة الهمامي|Hamma Hammami
maghreb|عبير موسي|Abir Moussi
maghreb|ناجي جلول|Neji Jalloul
maghreb|محمد عبو|Mohamed Abbou
maghreb|عبد الرزاق مقري|Abderrazak Makri
maghreb|عبد الله جاب الله|Abdallah Djaballah
maghreb|علي بن فليس|Ali Benflis
maghreb|عبد العزيز بلخادم|Abdelaziz Belkhadem
maghreb|الطيب بلعيز|Tayeb Belaiz
maghreb|نور الدين زرهوني|Noureddine Zerhouni
maghreb|دحو ولد قابلية|Dahou Ould Kablia
maghreb|محمد مدين|Mohamed Mediène
maghreb|عثمان طرطاق|Athmane Tartag
maghreb|مراد مدلسي|Mourad Medelci
maghreb|صبري بوقادوم|Sabri Boukadoum
mashreq|حسان دياب|Hassan Diab
mashreq|نجيب ميقاتي|Najib Mikati
mashreq|سعد الحريري|Saad Hariri
mashreq|ميشال عون|Michel Aoun
mashreq|جوزيف عون|Joseph Aoun
mashreq|نبيه بري|Nabih Berri
mashreq|نواف سلام|Nawaf Salam
mashreq|حسن نصر الله|Hassan Nasrallah
mashreq|نعيم قاسم|Naim Qassem
mashreq|جبران باسيل|Gebran Bassil
mashreq|سمير جعجع|Samir Geagea
mashreq|وليد جنبلاط|Walid Jumblatt
mashreq|عباس إبراهيم|Abbas Ibrahim
mashreq|عبد الله بو حبيب|Abdallah Bou Habib
mashreq|محمد فهمي|Mohammed Fahmi
mashreq|بسام مولوي|Bassam Mawlawi
mashreq|موريس سليم|Maurice Slim
mashreq|بشار الأسد|Bashar al-Assad
mashreq|فيصل المقداد|Faisal Mekdad
mashreq|وليد المعلم|Walid Muallem
mashreq|أحمد الشرع|Ahmed al-Sharaa
mashreq|أسعد الشيباني|Asaad al-Shaibani
mashreq|أنس خطاب|Anas Khattab
mashreq|مرهف أبو قصرة|Murhaf Abu Qasra
mashreq|علي مملوك|Ali Mamlouk
mashreq|محمد شياع السوداني|Mohammed Shia al-Sudani
mashreq|مصطفى الكاظمي|Mustafa al-Kadhimi
mashreq|فؤاد حسين|Fuad Hussein
mashreq|عبد الأمير الشمري|Abdul Amir al-Shammari
mashreq|قاسم الأعرجي|Qasim al-Araji
mashreq|ثابت العباسي|Thabet al-Abbasi
mashreq|حيدر العبادي|Haider al-Abadi
mashreq|نوري المالكي|Nouri al-Maliki
mashreq|عادل عبد المهدي|Adel Abdul Mahdi
mashreq|برهم صالح|Barham Salih
mashreq|عبد اللطيف رشيد|Abdul Latif Rashid
mashreq|محمد الحلبوسي|Mohammed al-Halbousi
mashreq|مقتدى الصدر|Muqtada al-Sadr
mashreq|فالح الفياض|Falih al-Fayyadh
mashreq|عبد الفتاح السيسي|Abdel Fattah al-Sisi
mashreq|مصطفى مدبولي|Mostafa Madbouly
mashreq|سامح شكري|Sameh Shoukry
mashreq|بدر عبد العاطي|Badr Abdelatty
mashreq|محمود توفيق|Mahmoud Tawfik
mashreq|عباس كامل|Abbas Kamel
mashreq|حسن رشاد|Hassan Rashad
mashreq|محمد زكي|Mohamed Zaki
mashreq|عبد المجيد صقر|Abdel Meguid Saqr
mashreq|أحمد أبو الغيط|Ahmed Aboul Gheit
mashreq|عمرو موسى|Amr Moussa
mashreq|حسني مبارك|Hosni Mubarak
mashreq|محمد مرسي|Mohamed Morsi
mashreq|عمر سليمان|Omar Suleiman
mashreq|حبيب العادلي|Habib el-Adly
mashreq|مجدي عبد الغفار|Magdy Abdel Ghaffar
mashreq|محمد بن سلمان|Mohammed bin Salman
mashreq|سلمان بن عبد العزيز|Salman bin Abdulaziz
mashreq|فيصل بن فرحان|Faisal bin Farhan
mashreq|عادل الجبير|Adel al-Jubeir
mashreq|عبد العزيز بن سعود بن نايف|Abdulaziz bin Saud bin Nayef
mashreq|خالد بن سلمان|Khalid bin Salman
mashreq|محمد بن نايف|Mohammed bin Nayef
mashreq|تركي الفيصل|Turki al-Faisal
mashreq|بندر بن سلطان|Bandar bin Sultan
mashreq|جاسم البديوي|Jasem Albudaiwi
mashreq|محمد بن زايد آل نهيان|Mohamed bin Zayed Al Nahyan
mashreq|عبد الله بن زايد|Abdullah bin Zayed
mashreq|سيف بن زايد|Saif bin Zayed
mashreq|طحنون بن زايد|Tahnoun bin Zayed
mashreq|منصور بن زايد|Mansour bin Zayed
mashreq|محمد بن راشد آل مكتوم|Mohammed bin Rashid Al Maktoum
mashreq|أنور قرقاش|Anwar Gargash
mashreq|تميم بن حمد آل ثاني|Tamim bin Hamad Al Thani
mashreq|محمد بن عبد الرحمن آل ثاني|Mohammed bin Abdulrahman Al Thani
mashreq|خليفة بن حمد آل ثاني|Khalifa bin Hamad Al Thani
mashreq|ماجد الأنصاري|Majed al-Ansari
mashreq|محمد الخليفي|Mohammed Al-Khulaifi
mashreq|هيثم بن طارق|Haitham bin Tariq
mashreq|بدر البوسعيدي|Badr Albusaidi
mashreq|حمد بن عيسى آل خليفة|Hamad bin Isa Al Khalifa
mashreq|سلمان بن حمد آل خليفة|Salman bin Hamad Al Khalifa
mashreq|عبد اللطيف الزياني|Abdullatif Al Zayani
mashreq|راشد بن عبد الله آل خليفة|Rashid bin Abdullah Al Khalifa
mashreq|مشعل الأحمد الجابر الصباح|Mishal Al-Ahmad Al-Jaber Al-Sabah
mashreq|أحمد ناصر المحمد الصباح|Ahmad Nasser Al-Mohammad Al-Sabah
mashreq|عبد الله الثاني|Abdullah II
mashreq|أيمن الصفدي|Ayman Safadi
mashreq|بشر الخصاونة|Bisher Khasawneh
mashreq|جعفر حسان|Jafar Hassan
mashreq|مازن الفراية|Mazen al-Faraya
mashreq|يوسف الحنيطي|Yousef Huneiti
mashreq|محمود عباس|Mahmoud Abbas
mashreq|محمد اشتية|Mohammad Shtayyeh
mashreq|محمد مصطفى|Mohammad Mustafa
mashreq|حسين الشيخ|Hussein al-Sheikh
mashreq|ماجد فرج|Majed Faraj
mashreq|رياض المالكي|Riyad al-Maliki
mashreq|إسماعيل هنية|Ismail Haniyeh
mashreq|يحيى السنوار|Yahya Sinwar
mashreq|خالد مشعل|Khaled Meshaal
mashreq|خليل الحية|Khalil al-Hayya
mashreq|عبد الحميد الدبيبة|Abdulhamid Dbeibah
mashreq|خليفة حفتر|Khalifa Haftar
mashreq|محمد المنفي|Mohamed al-Menfi
mashreq|فائز السراج|Fayez al-Sarraj
mashreq|فتحي باشاغا|Fathi Bashagha
mashreq|عقيلة صالح|Aguila Saleh
mashreq|نجلاء المنقوش|Najla Mangoush
mashreq|عماد الطرابلسي|Imad Trabelsi
mashreq|عبد الفتاح البرهان|Abdel Fattah al-Burhan
mashreq|محمد حمدان دقلو|Mohamed Hamdan Dagalo
mashreq|عبد الله حمدوك|Abdalla Hamdok
mashreq|عمر البشير|Omar al-Bashir
mashreq|رشاد العليمي|Rashad al-Alimi
mashreq|عبد الملك الحوثي|Abdul Malik al-Houthi
mashreq|أحمد عوض بن مبارك|Ahmed Awad bin Mubarak
mashreq|معين عبد الملك|Maeen Abdulmalik
mashreq|عبد ربه منصور هادي|Abd Rabbuh Mansur Hadi
mashreq|علي عبد الله صالح|Ali Abdullah Saleh
mashreq|وليد جعفر|Walid Jaafar
mashreq|خليل إبراهيم|Khalil Ibrahim
mashreq|سمير الرفاعي|Samir Rifai
mashreq|هاني الملقي|Hani Mulki
mashreq|عمر الرزاز|Omar Razzaz
mashreq|ناصر جودة|Nasser Judeh
mashreq|عبد الله النسور|Abdullah Ensour
mashreq|فيصل الفايز|Faisal al-Fayez
mashreq|توفيق كريشان|Tawfiq Krishan
mashreq|حسين هزاع المجالي|Hussein Hazza al-Majali
mashreq|طلال أبو غزالة|Talal Abu-Ghazaleh
mashreq|سليمان فرنجية|Suleiman Frangieh
mashreq|تمام سلام|Tammam Salam
mashreq|فؤاد السنيورة|Fouad Siniora
mashreq|رفيق الحريري|Rafik Hariri
mashreq|أشرف ريفي|Ashraf Rifi
mashreq|نهاد المشنوق|Nohad Machnouk
mashreq|جميل السيد|Jamil al-Sayyed
mashreq|وفيق صفا|Wafiq Safa
foreign|أنجيلا ميركل|Angela Merkel
foreign|جورج بوش|George Bush
foreign|ماتيو سالفيني|Matteo Salvini
foreign|بوريس جونسون|Boris Johnson
foreign|إيمانويل ماكرون|Emmanuel Macron
foreign|جيرالد دارمانان|Gérald Darmanin
foreign|جان إيف لودريان|Jean Yves Le Drian
foreign|برونو روتايو|Bruno Retailleau
foreign|كاترين كولونا|Catherine Colonna
foreign|ستيفان سيجورنيه|Stéphane Séjourné
foreign|فرانسوا هولاند|François Hollande
foreign|نيكولا ساركوزي|Nicolas Sarkozy
foreign|جاك شيراك|Jacques Chirac
foreign|ميشال بارنييه|Michel Barnier
foreign|غابرييل أتال|Gabriel Attal
foreign|فرانسوا بايرو|François Bayrou
foreign|مارين لوبان|Marine Le Pen
foreign|لوران فابيوس|Laurent Fabius
foreign|أولاف شولتس|Olaf Scholz
foreign|فريدريش ميرتس|Friedrich Merz
foreign|أنالينا بيربوك|Annalena Baerbock
foreign|نانسي فيزر|Nancy Faeser
foreign|هورست زيهوفر|Horst Seehofer
foreign|أورسولا فون دير لاين|Ursula von der Leyen
foreign|بوريس بيستوريوس|Boris Pistorius
foreign|جو بايدن|Joe Biden
foreign|دونالد ترامب|Donald Trump
foreign|باراك أوباما|Barack Obama
foreign|كامالا هاريس|Kamala Harris
foreign|هيلاري كلينتون|Hillary Clinton
foreign|جون كيري|John Kerry
foreign|أنتوني بلينكن|Antony Blinken
foreign|مايك بومبيو|Mike Pompeo
foreign|ماركو روبيو|Marco Rubio
foreign|لويد أوستن|Lloyd Austin
foreign|جيك سوليفان|Jake Sullivan
foreign|كريستوفر راي|Christopher Wray
foreign|ويليام بيرنز|William Burns
foreign|أفريل هاينز|Avril Haines
foreign|أليخاندرو مايوركاس|Alejandro Mayorkas
foreign|كريستي نويم|Kristi Noem
foreign|كاش باتيل|Kash Patel
foreign|تولسي غابارد|Tulsi Gabbard
foreign|بيت هيغسيث|Pete Hegseth
foreign|ميريك غارلاند|Merrick Garland
foreign|جيمس ماتيس|James Mattis
foreign|ريكس تيلرسون|Rex Tillerson
foreign|كوندوليزا رايس|Condoleezza Rice
foreign|كولن باول|Colin Powell
foreign|ستيف ويتكوف|Steve Witkoff
foreign|تيريزا ماي|Theresa May
foreign|ديفيد كاميرون|David Cameron
foreign|ديفيد لامي|David Lammy
foreign|كير ستارمر|Keir Starmer
foreign|ريشي سوناك|Rishi Sunak
foreign|ليز تراس|Liz Truss
foreign|إيفيت كوبر|Yvette Cooper
foreign|بريتي باتيل|Priti Patel
foreign|سويلا برافرمان|Suella Braverman
foreign|توني بلير|Tony Blair
foreign|غوردون براون|Gordon Brown
foreign|بن والاس|Ben Wallace
foreign|جيريمي هانت|Jeremy Hunt
foreign|جورجيا ميلوني|Giorgia Meloni
foreign|ماريو دراغي|Mario Draghi
foreign|سيرجيو ماتاريلا|Sergio Mattarella
foreign|أنطونيو تاياني|Antonio Tajani
foreign|جوزيبي كونتي|Giuseppe Conte
foreign|سيلفيو برلسكوني|Silvio Berlusconi
foreign|غيدو كروسيتو|Guido Crosetto
foreign|لوتشيانا لامورغيزي|Luciana Lamorgese
foreign|بيدرو سانشيز|Pedro Sánchez
foreign|فرناندو غراندي مارلاسكا|Fernando Grande-Marlaska
foreign|خوسيه مانويل ألباريس|José Manuel Albares
foreign|جوزيب بوريل|Josep Borrell
foreign|مارغريتا روبليس|Margarita Robles
foreign|ماريانو راخوي|Mariano Rajoy
foreign|أرانتشا غونزاليس لايا|Arancha González Laya
foreign|فلاديمير بوتين|Vladimir Putin
foreign|سيرغي لافروف|Sergey Lavrov
foreign|سيرغي شويغو|Sergey Shoigu
foreign|ديمتري ميدفيديف|Dmitry Medvedev
foreign|نيكولاي باتروشيف|Nikolai Patrushev
foreign|فولوديمير زيلينسكي|Volodymyr Zelensky
foreign|دميترو كوليبا|Dmytro Kuleba
foreign|فيكتور أوربان|Viktor Orban
foreign|رجب طيب أردوغان|Recep Tayyip Erdogan
foreign|هاكان فيدان|Hakan Fidan
foreign|مارك روته|Mark Rutte
foreign|ينس ستولتنبرغ|Jens Stoltenberg
foreign|كايا كالاس|Kaja Kallas
foreign|أنطونيو غوتيريش|António Guterres
foreign|شي جين بينغ|Xi Jinping
foreign|ناريندرا مودي|Narendra Modi
foreign|جاستن ترودو|Justin Trudeau
foreign|كيرياكوس ميتسوتاكيس|Kyriakos Mitsotakis
foreign|إيلفا يوهانسون|Ylva Johansson
foreign|ماغنوس برونر|Magnus Brunner
foreign|روبرتا ميتسولا|Roberta Metsola
foreign|كريستين لاغارد|Christine Lagarde
foreign|جان نويل بارو|Jean Noël Barrot
foreign|سيباستيان لوكورنو|Sébastien Lecornu
foreign|فلورانس بارلي|Florence Parly
foreign|مانويل فالس|Manuel Valls
foreign|كريستوف كاستانير|Christophe Castaner
foreign|جي دي فانس|JD Vance
foreign|مايكل والتز|Michael Waltz
foreign|جون راتكليف|John Ratcliffe
foreign|ليندسي غراهام|Lindsey Graham
foreign|نيكي هيلي|Nikki Haley
foreign|فيكتوريا نولاند|Victoria Nuland
foreign|توم باراك|Tom Barrack
foreign|مورغان أورتاغوس|Morgan Ortagus
foreign|آدم بوهلر|Adam Boehler
foreign|جون بولتون|John Bolton
foreign|ليندا توماس غرينفيلد|Linda Thomas-Greenfield
`;

/** The list (389 names). */
export const OFFICIALS: readonly Official[] = DATA.trim()
  .split('\n')
  .map((line) => {
    const [region = '', arabic = '', latin = ''] = line.split('|');
    return { region: region as OfficialRegion, arabic, latin };
  });

/**
 * A list of foreign (non-Arab) officials' names in Arabic, as Arabic news agencies write them,
 * with the Latin spelling the press uses for each person: Iran (Persian press spelling), Turkey,
 * Russia, Ukraine, Israel, the United States, Europe, China, Japan, South Asia, Africa and Latin
 * America; ministers, security and intelligence chiefs, diplomats. Nobody on it is on
 * `officials.ts` or `officials-second.ts`. Written by the tansiq developers DURING TUNING of the
 * foreign-name decision and of the Persian and Turkish spellings: IN-SAMPLE, its figures are not
 * held-out ones.
 *
 * Same format and regions as `officials.ts` (all `foreign`). Used by bench/romanize.bench.ts.
 */
import type { Official, OfficialRegion } from './officials.js';

const DATA = `
foreign|محمد جواد ظريف|Mohammad Javad Zarif
foreign|عباس عراقجي|Abbas Araghchi
foreign|إبراهيم رئيسي|Ebrahim Raisi
foreign|حسن روحاني|Hassan Rouhani
foreign|علي خامنئي|Ali Khamenei
foreign|مسعود بزشكيان|Masoud Pezeshkian
foreign|حسين أمير عبد اللهيان|Hossein Amir-Abdollahian
foreign|علي لاريجاني|Ali Larijani
foreign|محمد باقر قاليباف|Mohammad Bagher Ghalibaf
foreign|علي شمخاني|Ali Shamkhani
foreign|قاسم سليماني|Qasem Soleimani
foreign|إسماعيل قاآني|Esmail Qaani
foreign|محمود أحمدي نجاد|Mahmoud Ahmadinejad
foreign|محمد خاتمي|Mohammad Khatami
foreign|أحمد وحيدي|Ahmad Vahidi
foreign|حسين سلامي|Hossein Salami
foreign|محمد باقري|Mohammad Bagheri
foreign|عزيز نصير زاده|Aziz Nasirzadeh
foreign|إسكندر مؤمني|Eskandar Momeni
foreign|علي أكبر أحمديان|Ali Akbar Ahmadian
foreign|ناصر كنعاني|Nasser Kanaani
foreign|إسماعيل بقائي|Esmaeil Baghaei
foreign|كاظم غريب آبادي|Kazem Gharibabadi
foreign|محمد رضا عارف|Mohammad Reza Aref
foreign|علي أكبر صالحي|Ali Akbar Salehi
foreign|محسن رضائي|Mohsen Rezaei
foreign|حسين دهقان|Hossein Dehghan
foreign|عبد الناصر همتي|Abdolnaser Hemmati
foreign|مجيد تخت روانجي|Majid Takht-Ravanchi
foreign|محمد إسلامي|Mohammad Eslami
foreign|مولود جاويش أوغلو|Mevlut Cavusoglu
foreign|علي يرلي كايا|Ali Yerlikaya
foreign|يشار غولر|Yasar Guler
foreign|إبراهيم قالن|Ibrahim Kalin
foreign|بن علي يلدريم|Binali Yildirim
foreign|أحمد داود أوغلو|Ahmet Davutoglu
foreign|عبد الله غول|Abdullah Gul
foreign|دولت بهجلي|Devlet Bahceli
foreign|كمال كليتشدار أوغلو|Kemal Kilicdaroglu
foreign|فؤاد أوقطاي|Fuat Oktay
foreign|جودت يلماز|Cevdet Yilmaz
foreign|عمر تشيليك|Omer Celik
foreign|نعمان قورتولموش|Numan Kurtulmus
foreign|محمد شيمشك|Mehmet Simsek
foreign|بكر بوزداغ|Bekir Bozdag
foreign|أكرم إمام أوغلو|Ekrem Imamoglu
foreign|أوزغور أوزال|Ozgur Ozel
foreign|فخر الدين ألطون|Fahrettin Altun
foreign|ماريا زاخاروفا|Maria Zakharova
foreign|دميتري بيسكوف|Dmitry Peskov
foreign|فاسيلي نيبينزيا|Vassily Nebenzia
foreign|فاليري غيراسيموف|Valery Gerasimov
foreign|سيرغي ناريشكين|Sergei Naryshkin
foreign|سيرغي ريابكوف|Sergei Ryabkov
foreign|فلاديمير كولوكولتسيف|Vladimir Kolokoltsev
foreign|ميخائيل بوغدانوف|Mikhail Bogdanov
foreign|ألكسندر لافرينتييف|Alexander Lavrentiev
foreign|يوري أوشاكوف|Yuri Ushakov
foreign|كيريل دميترييف|Kirill Dmitriev
foreign|أندريه سيبيغا|Andrii Sybiha
foreign|رستم عمروف|Rustem Umerov
foreign|أوليكسي ريزنيكوف|Oleksii Reznikov
foreign|دينيس شميغال|Denys Shmyhal
foreign|كيريلو بودانوف|Kyrylo Budanov
foreign|أندريه يرماك|Andriy Yermak
foreign|بترو بوروشينكو|Petro Poroshenko
foreign|إيهور كليمينكو|Ihor Klymenko
foreign|يسرائيل كاتس|Israel Katz
foreign|رون ديرمر|Ron Dermer
foreign|ديفيد برنياع|David Barnea
foreign|رونين بار|Ronen Bar
foreign|إيتمار بن غفير|Itamar Ben-Gvir
foreign|بتسلئيل سموتريتش|Bezalel Smotrich
foreign|جدعون ساعر|Gideon Saar
foreign|هرتسي هاليفي|Herzi Halevi
foreign|يوسي كوهين|Yossi Cohen
foreign|بام بوندي|Pam Bondi
foreign|جون برينان|John Brennan
foreign|جيمس كومي|James Comey
foreign|روبرت مولر|Robert Mueller
foreign|ويليام بار|William Barr
foreign|جيف سيشنز|Jeff Sessions
foreign|إريك هولدر|Eric Holder
foreign|جينا هاسبل|Gina Haspel
foreign|باربرا ليف|Barbara Leaf
foreign|مايك هاكابي|Mike Huckabee
foreign|آموس هوكشتاين|Amos Hochstein
foreign|ديفيد ساترفيلد|David Satterfield
foreign|ماثيو ميلر|Matthew Miller
foreign|نيد برايس|Ned Price
foreign|جون كيربي|John Kirby
foreign|مارك ميلي|Mark Milley
foreign|مايكل كوريلا|Michael Kurilla
foreign|ويليام هيغ|William Hague
foreign|فيليب هاموند|Philip Hammond
foreign|ديفيد ميليباند|David Miliband
foreign|جاك سترو|Jack Straw
foreign|غرانت شابس|Grant Shapps
foreign|بيني موردونت|Penny Mordaunt
foreign|جون هيلي|John Healey
foreign|ريتشارد مور|Richard Moore
foreign|ساجد جاويد|Sajid Javid
foreign|برونو لومير|Bruno Le Maire
foreign|كاترين فوتران|Catherine Vautrin
foreign|نيكولا ليرنر|Nicolas Lerner
foreign|برنار إيمييه|Bernard Émié
foreign|سيغولين رويال|Ségolène Royal
foreign|برنار كوشنير|Bernard Kouchner
foreign|ميشيل أليو ماري|Michèle Alliot-Marie
foreign|فرانسوا فيون|François Fillon
foreign|كريستيان ليندنر|Christian Lindner
foreign|روبرت هابيك|Robert Habeck
foreign|يوهان فاديفول|Johann Wadephul
foreign|كريستين لامبرشت|Christine Lambrecht
foreign|أنغريت كرامب كارنباور|Annegret Kramp-Karrenbauer
foreign|فولفغانغ شويبله|Wolfgang Schäuble
foreign|زيغمار غابرييل|Sigmar Gabriel
foreign|غيدو فيسترفيله|Guido Westerwelle
foreign|لورينزو غويريني|Lorenzo Guerini
foreign|ماركو مينيتي|Marco Minniti
foreign|أنجيلينو ألفانو|Angelino Alfano
foreign|ألفونسو داستيس|Alfonso Dastis
foreign|ميغيل أنخيل موراتينوس|Miguel Ángel Moratinos
foreign|تيريزا ريبيرا|Teresa Ribera
foreign|بيتر ستانو|Peter Stano
foreign|أنطونيو كوستا|António Costa
foreign|رافائيل غروسي|Rafael Grossi
foreign|فيليبو غراندي|Filippo Grandi
foreign|فولكر تورك|Volker Türk
foreign|بان كي مون|Ban Ki-moon
foreign|نيكولاي ملادينوف|Nickolay Mladenov
foreign|يان كوبيش|Ján Kubiš
foreign|ألكسندر فوتشيتش|Aleksandar Vučić
foreign|روبرت فيتسو|Robert Fico
foreign|أندريه دودا|Andrzej Duda
foreign|رادوسلاف سيكورسكي|Radosław Sikorski
foreign|كارل نيهامر|Karl Nehammer
foreign|وانغ يي|Wang Yi
foreign|لي تشيانغ|Li Qiang
foreign|تشين غانغ|Qin Gang
foreign|دونغ جون|Dong Jun
foreign|يوشيماسا هاياشي|Yoshimasa Hayashi
foreign|فوميو كيشيدا|Fumio Kishida
foreign|يوكو كاميكاوا|Yoko Kamikawa
foreign|شيغيرو إيشيبا|Shigeru Ishiba
foreign|تارو كونو|Taro Kono
foreign|سوبرامانيام جايشانكار|Subrahmanyam Jaishankar
foreign|شهباز شريف|Shehbaz Sharif
foreign|إسحاق دار|Ishaq Dar
foreign|يون سوك يول|Yoon Suk Yeol
foreign|آبي أحمد|Abiy Ahmed
foreign|سيريل رامافوزا|Cyril Ramaphosa
foreign|بولا تينوبو|Bola Tinubu
foreign|ماكي سال|Macky Sall
foreign|عثمان سونكو|Ousmane Sonko
foreign|أسيمي غويتا|Assimi Goïta
foreign|إبراهيم تراوري|Ibrahim Traoré
foreign|بول كاغامي|Paul Kagame
foreign|ويليام روتو|William Ruto
foreign|يويري موسيفيني|Yoweri Museveni
foreign|فيليكس تشيسيكيدي|Félix Tshisekedi
foreign|لولا دا سيلفا|Lula da Silva
foreign|نيكولاس مادورو|Nicolás Maduro
foreign|غوستافو بيترو|Gustavo Petro
foreign|كلوديا شينباوم|Claudia Sheinbaum
foreign|غابرييل بوريك|Gabriel Boric
foreign|ماورو فييرا|Mauro Vieira
foreign|سيلسو أموريم|Celso Amorim
foreign|ديلسي رودريغيز|Delcy Rodríguez
`;

/** The foreign development list (in-sample: written during tuning). */
export const OFFICIALS_FOREIGN_DEV: readonly Official[] = DATA.trim()
  .split('\n')
  .map((line) => {
    const [region = '', arabic = '', latin = ''] = line.split('|');
    return { region: region as OfficialRegion, arabic, latin };
  });

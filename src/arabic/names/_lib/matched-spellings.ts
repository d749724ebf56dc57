/**
 * Latin spellings of the given names of MATCHED_NAMES in name-lexicon.ts (private, name matching only):
 * `arabic|[*]spellings`, the Arabic as written in that table (for a foreign name, its first
 * Arabic word); `*` first marks a very common name, which says little about who a person is.
 * Kept apart from the romanization lexicon so that romanizeArabicName does not carry them.
 */
/** One line a name: `arabic|[*]latin spellings` (see above). */
export const MATCHED_SPELLINGS = `
محمد|*mo mohammed mohamed muhammad mohammad mohamad muhamad mouhamed mouhammad muhammed mohamedou mhamed mhammed mehmet mohd mouhamad mohammad
محمود|*mahmoud mahmud mahmood
أحمد|*ahmed ahmad ahmet hmed
حمد|hamad
حامد|hamed hamid
حميد|hamid hameed hmida
عمر|*omar omer umar oumar
عمرو|amr amro amrou amru amre
علي|*ali aly
علاء|alaa ala alae
حسن|*hassan hasan hassen hacen hassane hasane
حسين|*hussein hussain husain husayn hossein houcine hocine husein hussien houssine lhoussine
سعيد|said saeed saied saiid saeid
سعد|saad sad saadi
عبدالله|*abdallah abdullah abdellah abdulla abdalla abdelah abdoullah
عبدالإله|abdelilah abdelillah abdulilah abdelila abdulelah abdulillah abdelilah
عبدالرحمن|abderrahmane abderrahman abdelrahman abdulrahman abdurrahman abdelrahmane abdurahman abderahmane abdulrahmane
عبدالرحيم|abderrahim abdelrahim abdulrahim abderahim abdurrahim abdelrahime
خالد|*khaled khalid khaleed
يوسف|*youssef yousef yusuf youcef youssouf yusef yousif
إبراهيم|*ibrahim brahim ibrahime ebrahim
مصطفى|*mustafa moustafa mostafa mustapha moustapha
كريم|karim kareem
كريمة|karima karimah
أمين|amine amin ameen
أمينة|amina aminah
جميل|jamil jamel djamel gamil
جميلة|jamila djamila gamila
نبيل|nabil nabeel
نبيلة|nabila nabilah
سعيدة|saida saeeda
جوزيف|joseph joe joey
كريستوفر|christopher chris kristopher
ويليام|william bill will billy
جيمس|james jim jimmy jamie
مايكل|michael mike
روبرت|robert bob rob bobby
انتوني|anthony antony tony
توماس|thomas tom tommy
ريتشارد|richard rick dick richie
ديفيد|david dave
ستيفن|stephen steven steve
نيكولاس|nicholas nick nicolas
اليزابيث|elizabeth liz beth`;

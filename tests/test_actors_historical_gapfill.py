"""Historical polities that encyclopedia articles on relations between states name: each in a short
sentence of en, ko, zh (simplified and traditional) and ru gives its code (hand-written names)."""

from __future__ import annotations

import pytest

from dyad.actors import canonical, default_gazetteer, lineages, resolve_at, same_lineage
from dyad.actors.registry import registry


@pytest.fixture(scope="module")
def g():
    return default_gazetteer()


def hits(g, text, lang, year=None):
    return [(m.text, tuple(canonical(c) for c in m.codes)) for m in g.find(text, lang, year)]


# code -> (a year of the polity, {lang: names as written in a text}). Russian names are given in the
# case the sentence needs (the nominative or a form the inflect rules make); zh lists traditional
# spellings too (they fold to the simplified names, or are names of their own: 汶萊, 麻六甲, 凱加).
POLITIES: dict[str, tuple[int, dict[str, list[str]]]] = {
    # --- Southeast Asia
    "H.MALACCA": (1450, {
        "en": ["Malacca Sultanate", "Sultanate of Malacca", "Melaka Sultanate", "Sultanate of Melaka"],
        "ko": ["말라카 술탄국", "믈라카 술탄국", "말라카 왕국", "믈라카 왕국"],
        "zh": ["马六甲苏丹国", "馬六甲蘇丹國", "麻六甲蘇丹國", "马六甲王国", "满剌加国", "滿剌加", "馬六甲國王"],
        "ru": ["Малаккский султанат", "Малаккского султаната"],
    }),
    "H.SULU": (1500, {
        "en": ["Sultanate of Sulu", "Sulu Sultanate"],
        "ko": ["술루 술탄국"],
        "zh": ["苏禄苏丹国", "蘇祿蘇丹國", "苏禄国", "苏禄东王"],
        "ru": ["Султанат Сулу", "султаната Сулу"],
    }),
    "H.JOHOR": (1700, {
        "en": ["Johor Sultanate", "Sultanate of Johor", "Johor-Riau Sultanate"],
        "ko": ["조호르 술탄국"],
        "zh": ["柔佛苏丹国", "柔佛蘇丹國", "柔佛王国"],
        "ru": ["Джохорский султанат", "султанат Джохор"],
    }),
    "BRN": (1550, {
        "en": ["Bruneian Empire", "Sultanate of Brunei", "Brunei Sultanate"],
        "ko": ["브루나이 제국", "브루나이 술탄국"],
        "zh": ["文莱苏丹国", "汶萊蘇丹國", "浡泥国"],
        "ru": ["Брунейский султанат", "Султанат Бруней"],
    }),
    "H.ACEH": (1600, {
        "en": ["Aceh Sultanate", "Sultanate of Aceh", "Acehnese Sultanate"],
        "ko": ["아체 술탄국"],
        "zh": ["亚齐苏丹国", "亞齊蘇丹國"],
        "ru": ["Султанат Аче", "Ачехский султанат"],
    }),
    "H.MATARAM": (1650, {
        "en": ["Mataram Sultanate", "Sultanate of Mataram"],
        "ko": ["마타람 술탄국"],
        "zh": ["马打兰苏丹国", "馬打蘭蘇丹國", "马塔兰苏丹国"],
        "ru": ["Матарамский султанат", "Султанат Матарам"],
    }),
    "H.JAVA": (1400, {
        "en": ["Majapahit", "Majapahit Empire"],
        "ko": ["마자파힛", "마자파힛 왕국"],
        "zh": ["满者伯夷", "滿者伯夷"],
        "ru": ["Маджапахит", "империя Маджапахит"],
    }),
    "H.SRIVIJAYA": (1000, {
        "en": ["Srivijaya", "Srivijayan Empire", "Sriwijaya"],
        "ko": ["스리위자야", "스리비자야"],
        "zh": ["室利佛逝", "三佛齐", "三佛齊"],
        "ru": ["Шривиджая"],
    }),
    "H.AYUTTHAYA": (1600, {
        "en": ["Ayutthaya Kingdom", "Kingdom of Ayutthaya"],
        "ko": ["아유타야 왕국"],
        "zh": ["阿瑜陀耶王国", "大城王國", "阿育陀耶王國"],
        "ru": ["Аюттхая", "королевство Аюттхая"],
    }),
    "H.SUKHOTHAI": (1300, {
        "en": ["Sukhothai Kingdom", "Kingdom of Sukhothai"],
        "ko": ["수코타이 왕국"],
        "zh": ["素可泰王国", "素可泰王朝", "素可泰王國"],
        "ru": ["Сукхотаи", "королевство Сукхотай"],
    }),
    "H.LANXANG": (1560, {
        "en": ["Lan Xang", "Lane Xang", "Kingdom of Lan Xang", "Kingdom of Luang Prabang"],
        "ko": ["란상 왕국", "란쌍 왕국", "루앙프라방 왕국"],
        "zh": ["澜沧王国", "瀾滄王國", "南掌国", "琅勃拉邦王国", "龍坡邦王國"],
        "ru": ["Лансанг", "королевство Лансанг", "Лан Санг"],
    }),
    "H.LANNA": (1500, {
        "en": ["Lan Na", "Lanna Kingdom", "Kingdom of Lan Na"],
        "ko": ["란나 왕국"],
        "zh": ["兰纳王国", "蘭納王國", "八百媳妇国"],
        "ru": ["Ланна", "королевство Ланна"],
    }),
    "H.KHMER": (1150, {
        "en": ["Khmer Empire", "Angkorian Empire"],
        "ko": ["크메르 제국"],
        "zh": ["高棉帝国", "高棉帝國", "真腊", "真臘"],
        "ru": ["Кхмерская империя"],
    }),
    "H.CHAMPA": (1300, {
        "en": ["Champa", "Kingdom of Champa"],
        "ko": ["참파", "참파 왕국"],
        "zh": ["占婆", "占城国", "占城國"],
        "ru": ["Тямпа", "Чампа"],
    }),
    "H.DAIVIET": (1400, {
        "en": ["Đại Việt", "Dai Viet", "Annam", "Nguyen dynasty"],
        "ko": ["대월국", "다이비엣", "응우옌 왕조"],
        "zh": ["大越国", "安南国", "安南國", "阮朝"],
        "ru": ["Дайвьет", "Аннам"],
    }),
    "H.PAGAN": (1200, {
        "en": ["Pagan Kingdom", "Pagan Empire"],
        "ko": ["파간 왕조", "버간 왕조"],
        "zh": ["蒲甘王朝", "蒲甘王國"],
        "ru": ["Паган"],
    }),
    "H.TOUNGOO": (1580, {
        "en": ["Toungoo dynasty", "Toungoo Empire", "Taungoo dynasty"],
        "ko": ["퉁구 왕조", "따응우 왕조"],
        "zh": ["东吁王朝", "東吁王朝"],
        "ru": ["империя Таунгу", "династия Таунгу"],
    }),
    "H.KONBAUNG": (1800, {
        "en": ["Konbaung dynasty", "Konbaung Burma"],
        "ko": ["꼰바웅 왕조", "콘바웅 왕조"],
        "zh": ["贡榜王朝", "貢榜王朝"],
        "ru": ["династия Конбаун", "государство Конбаун"],
    }),
    "H.BRITISHBURMA": (1930, {
        "en": ["British Burma", "Colonial Burma"],
        "ko": ["영국령 버마", "영국령 미얀마"],
        "zh": ["英属缅甸", "英屬緬甸"],
        "ru": ["Британская Бирма", "Британской Бирмы"],
    }),
    "H.FRINDOCHINA": (1930, {
        "en": ["French Indochina", "French Indo-China", "Indochinese Union"],
        "ko": ["불령 인도차이나", "인도차이나 연방"],
        "zh": ["法属印度支那", "法屬印度支那", "印度支那联邦"],
        "ru": ["Французский Индокитай", "Французского Индокитая"],
    }),
    "H.DUTCHEI": (1930, {
        "en": ["Dutch East Indies", "Netherlands East Indies", "Netherlands Indies"],
        "ko": ["네덜란드령 동인도 제도", "화란령 동인도"],
        "zh": ["荷属东印度", "荷屬東印度"],
        "ru": ["Нидерландская Ост-Индия", "Голландская Ост-Индия", "Нидерландской Ост-Индии"],
    }),
    "H.SPANISHEI": (1800, {
        "en": ["Spanish East Indies", "Spanish Philippines"],
        "ko": ["스페인령 동인도", "스페인령 필리핀", "에스파냐령 필리핀"],
        "zh": ["西属东印度", "西屬東印度", "西属菲律宾"],
        "ru": ["Испанская Ост-Индия"],
    }),
    "H.STRAITS": (1900, {
        "en": ["Straits Settlements"],
        "ko": ["해협 식민지", "해협식민지"],
        "zh": ["海峡殖民地", "海峽殖民地"],
        "ru": ["Стрейтс-Сетлментс"],
    }),
    "MYS": (1957, {
        "en": ["Federation of Malaya"],
        "ko": ["말라야 연방"],
        "zh": ["马来亚联合邦", "馬來亞聯合邦"],
        "ru": ["Федерация Малайя", "Малайская Федерация"],
    }),
    # --- East Asia
    "H.GOGURYEO": (500, {"en": ["Goguryeo"], "ko": ["고구려"], "zh": ["高句丽", "高句麗"], "ru": ["Когурё"]}),
    "H.BAEKJE": (500, {"en": ["Baekje"], "ko": ["백제"], "zh": ["百济", "百濟"], "ru": ["Пэкче"]}),
    "H.SILLA": (600, {"en": ["Silla", "Unified Silla"], "ko": ["신라"], "zh": ["新罗", "新羅"], "ru": ["Силла"]}),
    "H.BALHAE": (800, {
        "en": ["Balhae", "Parhae"], "ko": ["발해"], "zh": ["渤海国", "渤海國"], "ru": ["Пархэ", "государство Бохай"],
    }),
    "H.GORYEO": (1100, {
        "en": ["Goryeo", "Goryeo dynasty"], "ko": ["고려"], "zh": ["高丽", "高麗王朝"], "ru": ["Корё", "государство Корё"],
    }),
    "H.JOSEON": (1600, {
        "en": ["Joseon", "Joseon dynasty", "Korean Empire"],
        "ko": ["조선", "조선 왕조", "대한제국"],
        "zh": ["朝鲜王朝", "朝鮮王朝", "大韓帝國", "李氏朝鮮"],
        "ru": ["Чосон", "Корейская империя"],
    }),
    "H.RYUKYU": (1600, {
        "en": ["Ryukyu Kingdom"], "ko": ["류큐 왕국"], "zh": ["琉球王国", "琉球王國"], "ru": ["королевство Рюкю"],
    }),
    "X.MANCHUKUO": (1935, {
        "en": ["Manchukuo"], "ko": ["만주국"], "zh": ["满洲国", "滿洲國", "偽滿洲國"], "ru": ["Маньчжоу-го"],
    }),
    "X.MENGJIANG": (1940, {
        "en": ["Mengjiang", "Mengkukuo", "Mengjiang United Autonomous Government"],
        "ko": ["몽강국", "몽강 연합자치정부"],
        "zh": ["蒙疆", "蒙疆政权", "蒙疆政權", "蒙古联合自治政府", "蒙古聯合自治政府"],
        "ru": ["Мэнцзян"],
    }),
    "JPN": (300, {
        "en": ["Yamato court", "Yamato Japan"],
        "ko": ["왜국", "야마토 정권", "야마토 조정"],
        "zh": ["倭国", "倭國", "倭奴国", "大和朝廷", "邪马台国", "邪馬台國"],
        "ru": ["государство Ямато", "страна Ва"],
    }),
    "H.HAN": (100, {"en": ["Han dynasty"], "ko": ["한나라"], "zh": ["汉朝", "漢朝", "西漢", "东汉"], "ru": ["империя Хань"]}),
    "H.SUI": (600, {"en": ["Sui dynasty"], "ko": ["수나라"], "zh": ["隋朝"], "ru": ["династия Суй"]}),
    "H.TANG": (700, {"en": ["Tang dynasty"], "ko": ["당나라"], "zh": ["唐朝", "唐帝國"], "ru": ["империя Тан"]}),
    "H.SONG": (1100, {"en": ["Song dynasty"], "ko": ["송나라"], "zh": ["宋朝", "南宋"], "ru": ["империя Сун"]}),
    "H.LIAO": (1000, {"en": ["Liao dynasty"], "ko": ["요나라"], "zh": ["辽朝", "遼國", "契丹"], "ru": ["империя Ляо"]}),
    "H.JIN": (1150, {"en": ["Jin dynasty"], "ko": ["금나라"], "zh": ["金朝"], "ru": ["империя Цзинь"]}),
    "H.XIXIA": (1100, {"en": ["Western Xia"], "ko": ["서하국"], "zh": ["西夏"], "ru": ["Западное Ся"]}),
    "H.YUAN": (1300, {"en": ["Yuan dynasty"], "ko": ["원나라"], "zh": ["元朝"], "ru": ["империя Юань"]}),
    "H.MING": (1500, {"en": ["Ming dynasty"], "ko": ["명나라"], "zh": ["明朝", "大明"], "ru": ["империя Мин"]}),
    "H.SOUTHERNMING": (1650, {
        "en": ["Southern Ming"],
        "ko": ["남명 왕조", "남명 정권"],
        "zh": ["南明政权", "南明政權", "南明王朝", "南明朝廷"],
        "ru": ["Южная Мин", "Южной Мин"],
    }),
    "H.QING": (1800, {"en": ["Qing dynasty"], "ko": ["청나라"], "zh": ["清朝", "大清"], "ru": ["Империя Цин"]}),
    "H.ROC": (1920, {
        "en": ["Beiyang government"], "ko": ["북양 정부"], "zh": ["北洋政府"], "ru": ["Бэйянское правительство"],
    }),
    "X.WANGJW": (1942, {
        "en": ["Wang Jingwei regime", "Wang Jingwei government", "Reorganized National Government of China"],
        "ko": ["왕징웨이 정권", "왕징웨이 정부"],
        "zh": ["汪精卫政权", "汪精衛政權", "汪精衞政權", "汪伪政权", "汪偽政府", "汪伪国民政府"],
        "ru": ["режим Ван Цзинвэя", "правительство Ван Цзинвэя"],
    }),
    "H.TIBET": (700, {"en": ["Tibetan Empire"], "ko": ["토번"], "zh": ["吐蕃"], "ru": ["Тибетская империя"]}),
    "H.DZUNGAR": (1700, {
        "en": ["Dzungar Khanate"], "ko": ["준가르 칸국"], "zh": ["准噶尔汗国", "準噶爾汗國"], "ru": ["Джунгарское ханство"],
    }),
    "H.NORTHYUAN": (1400, {"en": ["Northern Yuan"], "ko": ["북원"], "zh": ["北元"], "ru": ["Северная Юань"]}),
    # --- Inner and Central Asia, the steppe
    "H.XIONGNU": (-100, {
        "en": ["Xiongnu", "Xiongnu Empire", "Hsiung-nu"],
        "ko": ["흉노", "흉노 제국"],
        "zh": ["匈奴", "北匈奴"],
        "ru": ["хунну", "Хунну", "сюнну", "держава Хунну"],
    }),
    "H.GOKTURK": (600, {
        "en": ["Göktürks", "Gokturks", "Turkic Khaganate", "First Turkic Khaganate", "Eastern Turkic Khaganate"],
        "ko": ["돌궐", "돌궐 제국", "괵튀르크"],
        "zh": ["突厥汗国", "突厥汗國", "东突厥汗国", "西突厥汗国", "后突厥汗国"],
        "ru": ["Тюркский каганат", "Тюркского каганата", "Восточно-тюркский каганат"],
    }),
    "H.UYGHURKHAG": (800, {
        "en": ["Uyghur Khaganate", "Uighur Khaganate"],
        "ko": ["위구르 칸국", "위구르 제국", "회흘"],
        "zh": ["回纥", "回紇", "回纥汗国", "回鹘汗国", "回鶻汗國"],
        "ru": ["Уйгурский каганат", "Уйгурского каганата"],
    }),
    "H.MONGOLEMP": (1230, {
        "en": ["Mongol Empire"], "ko": ["몽골 제국"], "zh": ["蒙古帝国", "大蒙古國"], "ru": ["Монгольская империя"],
    }),
    "H.GOLDHORDE": (1300, {
        "en": ["Golden Horde"], "ko": ["킵차크 칸국", "금장 칸국"], "zh": ["金帐汗国", "金帳汗國", "钦察汗国"],
        "ru": ["Золотая Орда"],
    }),
    "H.CHAGATAI": (1300, {
        "en": ["Chagatai Khanate"], "ko": ["차가타이 칸국"], "zh": ["察合台汗国", "察合台汗國"],
        "ru": ["Чагатайский улус"],
    }),
    "H.ILKHANATE": (1300, {
        "en": ["Ilkhanate"], "ko": ["일 칸국"], "zh": ["伊儿汗国", "伊兒汗國"], "ru": ["Ильханат"],
    }),
    "H.TIMURID": (1400, {
        "en": ["Timurid Empire"], "ko": ["티무르 제국"], "zh": ["帖木儿帝国", "帖木兒帝國"], "ru": ["империя Тимуридов"],
    }),
    "H.KAZAKH": (1600, {
        "en": ["Kazakh Khanate"], "ko": ["카자흐 칸국"], "zh": ["哈萨克汗国", "哈薩克汗國"], "ru": ["Казахское ханство"],
    }),
    "H.KHIVA": (1800, {
        "en": ["Khanate of Khiva"], "ko": ["히바 칸국"], "zh": ["希瓦汗国", "希瓦汗國"], "ru": ["Хивинское ханство"],
    }),
    "H.BUKHARA": (1800, {
        "en": ["Emirate of Bukhara"], "ko": ["부하라 칸국"], "zh": ["布哈拉汗国", "布哈拉埃米尔国"],
        "ru": ["Бухарский эмират"],
    }),
    "H.KOKAND": (1800, {
        "en": ["Khanate of Kokand"], "ko": ["코칸트 칸국"], "zh": ["浩罕汗国", "浩罕汗國"], "ru": ["Кокандское ханство"],
    }),
    # --- the Middle East and South Asia
    "H.ACHAEMENID": (-500, {
        "en": ["Achaemenid Empire"], "ko": ["아케메네스 왕조"], "zh": ["阿契美尼德王朝"], "ru": ["держава Ахеменидов"],
    }),
    "H.SASANIAN": (500, {
        "en": ["Sasanian Empire"], "ko": ["사산 왕조"], "zh": ["萨珊王朝", "薩珊王朝"], "ru": ["государство Сасанидов"],
    }),
    "H.PERSIA": (1600, {
        "en": ["Safavid Empire", "Afsharid Iran", "Qajar Iran"],
        "ko": ["사파비 왕조", "아프샤르 왕조", "카자르 왕조"],
        "zh": ["萨非王朝", "薩法維王朝", "阿夫沙尔王朝", "恺加王朝", "凱加王朝", "卡扎尔王朝"],
        "ru": ["Государство Сефевидов", "Сефевиды", "Афшариды", "Каджары"],
    }),
    "H.ABBASID": (800, {
        "en": ["Abbasid Caliphate"], "ko": ["아바스 왕조"], "zh": ["阿拔斯王朝", "阿拔斯王朝"],
        "ru": ["Аббасидский халифат"],
    }),
    "H.UMAYYAD": (700, {
        "en": ["Umayyad Caliphate"], "ko": ["우마이야 왕조"], "zh": ["倭马亚王朝", "倭馬亞王朝"],
        "ru": ["Омейядский халифат"],
    }),
    "H.MAMLUK": (1300, {
        "en": ["Mamluk Sultanate"], "ko": ["맘루크 왕조"], "zh": ["马穆鲁克王朝", "馬木留克王朝", "马穆鲁克苏丹国"],
        "ru": ["Мамлюкский султанат"],
    }),
    "H.OTTOMAN": (1700, {
        "en": ["Ottoman Empire"], "ko": ["오스만 제국"], "zh": ["奥斯曼帝国", "鄂圖曼帝國"], "ru": ["Османская империя"],
    }),
    "H.MUGHAL": (1600, {
        "en": ["Mughal Empire"], "ko": ["무굴 제국"], "zh": ["莫卧儿帝国", "蒙兀兒帝國", "莫臥兒王朝"],
        "ru": ["империя Великих Моголов"],
    }),
    "H.DELHI": (1300, {
        "en": ["Delhi Sultanate"], "ko": ["델리 술탄국"], "zh": ["德里苏丹国", "德里蘇丹國"], "ru": ["Делийский султанат"],
    }),
    "H.BRITINDIA": (1900, {
        "en": ["British India", "British Raj", "British Indian Empire"],
        "ko": ["영국령 인도", "영국령 인도 제국", "인도 제국"],
        "zh": ["英属印度", "英屬印度", "英属印度帝国"],
        "ru": ["Британская Индия", "Британской Индии", "Британский радж"],
    }),
    "H.DURRANI": (1760, {
        "en": ["Durrani Empire", "Afghan Empire"],
        "ko": ["두라니 제국", "두라니 왕조"],
        "zh": ["杜兰尼王朝", "杜蘭尼王朝", "杜兰尼帝国"],
        "ru": ["Дурранийская империя", "держава Дуррани"],
    }),
    # --- Europe
    "H.KYIVRUS": (1000, {"en": ["Kievan Rus'"], "ko": ["키예프 루스"], "zh": ["基辅罗斯", "基輔羅斯"], "ru": ["Киевская Русь"]}),
    "H.RUSEMP": (1500, {
        "en": ["Grand Duchy of Moscow"], "ko": ["모스크바 대공국"], "zh": ["莫斯科大公国", "莫斯科大公國"],
        "ru": ["Великое княжество Московское"],
    }),
    "H.NOVGOROD": (1300, {
        "en": ["Novgorod Republic"], "ko": ["노브고로드 공화국"], "zh": ["诺夫哥罗德共和国", "諾夫哥羅德共和國"],
        "ru": ["Новгородская республика"],
    }),
    "H.LITHUANIA": (1400, {
        "en": ["Grand Duchy of Lithuania"], "ko": ["리투아니아 대공국"], "zh": ["立陶宛大公国", "立陶宛大公國"],
        "ru": ["Великое княжество Литовское"],
    }),
    "H.PLC": (1650, {
        "en": ["Polish–Lithuanian Commonwealth"], "ko": ["폴란드-리투아니아 연방"], "zh": ["波兰立陶宛联邦", "波蘭立陶宛聯邦"],
        "ru": ["Речь Посполитая"],
    }),
    "H.CRIMEA": (1600, {
        "en": ["Crimean Khanate"], "ko": ["크림 칸국"], "zh": ["克里米亚汗国", "克里米亞汗國"], "ru": ["Крымское ханство"],
    }),
    "H.KAZAN": (1500, {"en": ["Khanate of Kazan"], "ko": ["카잔 칸국"], "zh": ["喀山汗国"], "ru": ["Казанское ханство"]}),
    "H.ASTRAKHAN": (1500, {
        "en": ["Astrakhan Khanate"], "ko": ["아스트라한 칸국"], "zh": ["阿斯特拉罕汗國"], "ru": ["Астраханское ханство"],
    }),
    "H.BYZANTIUM": (1000, {
        "en": ["Byzantine Empire"], "ko": ["비잔티움 제국", "동로마 제국"], "zh": ["拜占庭帝国", "東羅馬帝國"],
        "ru": ["Византийская империя"],
    }),
    "H.HRE": (1500, {
        "en": ["Holy Roman Empire"], "ko": ["신성 로마 제국"], "zh": ["神圣罗马帝国", "神聖羅馬帝國"],
        "ru": ["Священная Римская империя"],
    }),
    "H.PRUSSIA": (1800, {"en": ["Prussia"], "ko": ["프로이센"], "zh": ["普鲁士", "普魯士"], "ru": ["Пруссия"]}),
    "H.HABSBURG": (1700, {
        "en": ["Habsburg Monarchy"], "ko": ["합스부르크 군주국"], "zh": ["哈布斯堡王朝", "哈布斯堡君主國"],
        "ru": ["Габсбургская монархия"],
    }),
    "H.AUSTRIAHUNGARY": (1900, {
        "en": ["Austria-Hungary"], "ko": ["오스트리아-헝가리 제국"], "zh": ["奥匈帝国", "奧匈帝國"], "ru": ["Австро-Венгрия"],
    }),
    "H.SARDINIA": (1850, {
        "en": ["Kingdom of Sardinia"], "ko": ["사르데냐 왕국"], "zh": ["撒丁王国", "薩丁尼亞王國"],
        "ru": ["Сардинское королевство"],
    }),
    "H.PAPAL": (1800, {"en": ["Papal States"], "ko": ["교황령"], "zh": ["教皇国", "教皇國"], "ru": ["Папская область"]}),
    "H.VENICE": (1500, {
        "en": ["Republic of Venice"], "ko": ["베네치아 공화국"], "zh": ["威尼斯共和国", "威尼斯共和國"],
        "ru": ["Венецианская республика"],
    }),
    "H.GENOA": (1400, {
        "en": ["Republic of Genoa"], "ko": ["제노바 공화국"], "zh": ["热那亚共和国", "熱那亞共和國"],
        "ru": ["Генуэзская республика"],
    }),
    "H.TEUTONIC": (1400, {
        "en": ["Teutonic Order"], "ko": ["튜턴 기사단"], "zh": ["条顿骑士团", "條頓騎士團"], "ru": ["Тевтонский орден"],
    }),
    "H.LIVONIA": (1400, {
        "en": ["Livonian Order"], "ko": ["리보니아 기사단"], "zh": ["利沃尼亚骑士团", "利沃尼亞騎士團"],
        "ru": ["Ливонский орден"],
    }),
    "H.HUNGARY": (1500, {
        "en": ["Kingdom of Hungary"], "ko": ["헝가리 왕국"], "zh": ["匈牙利王国", "匈牙利王國"],
        "ru": ["Венгерское королевство"],
    }),
    "H.WALLACHIA": (1600, {"en": ["Wallachia"], "ko": ["왈라키아"], "zh": ["瓦拉几亚", "瓦拉幾亞"], "ru": ["Валахия"]}),
    "H.MOLDAVIA": (1600, {
        "en": ["Moldavia"], "ko": ["몰다비아 공국"], "zh": ["摩尔达维亚", "摩爾達維亞公國"], "ru": ["Молдавское княжество"],
    }),
    "H.GEORGIA": (1200, {
        "en": ["Kingdom of Georgia"], "ko": ["조지아 왕국", "그루지야 왕국"], "zh": ["格鲁吉亚王国", "喬治亞王國"],
        "ru": ["Грузинское царство"],
    }),
    "H.KARTLIKAKHETI": (1790, {
        "en": ["Kartli-Kakheti"], "ko": ["카르틀리-카헤티 왕국"], "zh": ["卡特利-卡赫季王国"], "ru": ["Картли-Кахетинское царство"],
    }),
    "H.ADR": (1919, {
        "en": ["Azerbaijan Democratic Republic"], "ko": ["아제르바이잔 민주 공화국"],
        "zh": ["阿塞拜疆民主共和国", "亞塞拜然民主共和國"], "ru": ["Азербайджанская Демократическая Республика"],
    }),
    "SRB": (1900, {
        "en": ["Kingdom of Serbia"], "ko": ["세르비아 왕국"], "zh": ["塞尔维亚王国", "塞爾維亞王國"], "ru": ["Королевство Сербия"],
    }),
    "YUG": (1930, {
        "en": ["Kingdom of Yugoslavia", "Kingdom of Serbs, Croats and Slovenes"],
        "ko": ["유고슬라비아 왕국", "세르브인·크로아트인·슬로베니아인 왕국"],
        "zh": ["南斯拉夫王国", "南斯拉夫王國", "塞尔维亚人、克罗地亚人和斯洛文尼亚人王国",
               "塞爾維亞人、克羅埃西亞人和斯洛維尼亞人王國"],
        "ru": ["Королевство Югославия", "Королевство сербов, хорватов и словенцев", "Королевство СХС"],
    }),
    # --- the Americas and Africa
    "H.AZTEC": (1500, {"en": ["Aztec Empire"], "ko": ["아즈텍 제국"], "zh": ["阿兹特克帝国", "阿茲特克帝國"], "ru": ["империя ацтеков"]}),
    "H.INCA": (1500, {"en": ["Inca Empire"], "ko": ["잉카 제국"], "zh": ["印加帝国", "印加帝國"], "ru": ["империя инков"]}),
    "H.NEWSPAIN": (1700, {
        "en": ["Viceroyalty of New Spain", "New Spain"],
        "ko": ["누에바에스파냐 부왕령", "누에바 에스파냐"],
        "zh": ["新西班牙总督辖区", "新西班牙總督轄區", "新西班牙副王辖区"],
        "ru": ["Новая Испания", "вице-королевство Новая Испания", "Новой Испании"],
    }),
    "H.VICEPERU": (1700, {
        "en": ["Viceroyalty of Peru"],
        "ko": ["페루 부왕령"],
        "zh": ["秘鲁总督辖区", "秘魯總督轄區", "秘鲁副王辖区"],
        "ru": ["вице-королевство Перу", "вице-королевства Перу"],
    }),
    "ETH": (1900, {
        "en": ["Ethiopian Empire", "Empire of Ethiopia", "Abyssinia"],
        "ko": ["에티오피아 제국", "아비시니아"],
        "zh": ["埃塞俄比亚帝国", "衣索比亞帝國", "阿比西尼亚"],
        "ru": ["Эфиопская империя", "Абиссиния"],
    }),
    "H.KONGO": (1600, {
        "en": ["Kingdom of Kongo", "Kongo Kingdom"],
        "ko": ["콩고 왕국"],
        "zh": ["刚果王国", "剛果王國"],
        "ru": ["Королевство Конго", "королевства Конго"],
    }),
    "H.ZULU": (1870, {
        "en": ["Zulu Kingdom", "Kingdom of Zululand"],
        "ko": ["줄루 왕국"],
        "zh": ["祖鲁王国", "祖魯王國"],
        "ru": ["Зулусское королевство", "государство зулусов"],
    }),
    "H.MALIEMP": (1330, {
        "en": ["Mali Empire"],
        "ko": ["말리 제국"],
        "zh": ["马里帝国", "馬里帝國", "馬利帝國"],
        "ru": ["Империя Мали", "империи Мали"],
    }),
    "H.SOKOTO": (1850, {
        "en": ["Sokoto Caliphate"],
        "ko": ["소코토 칼리파국", "소코토 칼리프국"],
        "zh": ["索科托哈里发国", "索科托哈里發國"],
        "ru": ["Сокотский халифат", "халифат Сокото"],
    }),
}

# a short sentence per language around the name (zh: no space; ko: a particle glued to it)
TEMPLATES = {
    "en": "In {year} the {name} sent envoys to the court.",
    "ko": "{year}년 {name}는 사신을 보냈다.",
    "zh": "{year}年，{name}派遣使节。",
    "ru": "В {year} году {name} и соседи обменялись послами.",
}

CASES = [
    pytest.param(lang, year, name, code, id=f"{lang}-{code}-{name}")
    for code, (year, by_lang) in POLITIES.items()
    for lang, names in by_lang.items()
    for name in names
]


@pytest.mark.parametrize(("lang", "year", "name", "code"), CASES)
def test_polity_names(g, lang, year, name, code):
    text = TEMPLATES[lang].format(year=abs(year), name=name)
    assert (name, (code,)) in hits(g, text, lang, year), hits(g, text, lang, year)


# --- the table: new codes, other annotators' codes as aliases, lineage, eras
@pytest.mark.parametrize(
    "alias,code",
    [
        ("H.BYZANTINE", "H.BYZANTIUM"),
        ("H.YUGOSLAVIA", "YUG"),
        ("H.MENGJIANG", "X.MENGJIANG"),
        ("H.NAKOKU", "H.WA"),
        ("H.BRITISHRAJ", "H.BRITINDIA"),
        ("H.MAJAPAHIT", "H.JAVA"),
    ],
)
def test_aliases(alias, code):
    assert canonical(alias) == code


def test_every_code_of_the_table_is_known():
    reg = registry()
    for code in POLITIES:
        assert canonical(code) in reg.actors, code


def test_lineages():
    assert same_lineage("H.WA", "JPN") and same_lineage("H.SOUTHERNMING", "CHN")
    assert set(lineages("H.BRITINDIA")) == {"IND", "PAK", "BGD"}
    assert set(lineages("H.FRINDOCHINA")) == {"VNM", "LAO", "KHM"}
    assert not same_lineage("H.FRINDOCHINA", "FRA") and not same_lineage("H.DUTCHEI", "NLD")
    assert same_lineage("H.STRAITS", "SGP") and same_lineage("H.STRAITS", "MYS")
    assert same_lineage("H.MALACCA", "MYS") and same_lineage("H.SULU", "PHL")
    assert same_lineage("H.KONGO", "AGO") and same_lineage("X.WANGJW", "H.ROC")


@pytest.mark.parametrize(
    "code,year,want",
    [
        ("MMR", 1942, "H.BRITISHBURMA"),  # Japan's invasion of "Burma"
        ("MMR", 1800, "H.KONBAUNG"),
        ("MMR", 1948, "MMR"),
        ("IND", 1900, "H.BRITINDIA"),
        ("IND", 1947, "IND"),
        ("LAO", 1600, "H.LANXANG"),
        ("LAO", 1800, "LAO"),  # three kingdoms after 1707: no single polity
        ("MYS", 1450, "MYS"),
    ],
)
def test_eras(code, year, want):
    assert resolve_at(code, year) == want


# --- Chinese: `<place>苏丹国` is a sultanate, never Sudan or the Ottomans
@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("2011年南苏丹从苏丹独立。", 2011, [("南苏丹", ("SSD",)), ("苏丹", ("SDN",))]),
        ("苏丹国防部长表示，苏丹国内局势稳定。", 2015, [("苏丹", ("SDN",)), ("苏丹", ("SDN",))]),
        ("中国与苏丹国建交。", 2015, [("中国", ("CHN",)), ("苏丹", ("SDN",))]),
        ("1520年苏丹苏莱曼一世即位。", 1520, [("苏丹苏莱曼一世", ("H.OTTOMAN",))]),
        ("奥斯曼苏丹国灭亡。", 1922, [("奥斯曼苏丹国", ("H.OTTOMAN",))]),
        ("泰國歷史上的大城王國曾入侵馬六甲蘇丹國，但不成功。", 1500,
         [("泰國", ("THA",)), ("大城王國", ("H.AYUTTHAYA",)), ("馬六甲蘇丹國", ("H.MALACCA",))]),
        ("菲律宾历史上的苏禄苏丹国曾经和中国建立朝贡关系。", 1417,
         [("菲律宾", ("PHL",)), ("苏禄苏丹国", ("H.SULU",)), ("中国", ("CHN",))]),
        ("阿曼苏丹国与伊朗", 2000, [("阿曼苏丹国", ("OMN",)), ("伊朗", ("IRN",))]),
    ],
)
def test_chinese_sultanates(g, text, year, expected):
    assert hits(g, text, "zh", year) == expected


def test_chinese_colonies_and_regimes(g):
    assert hits(g, "1942年，日本军队进入英属缅甸。", "zh", 1942) == [("日本", ("JPN",)), ("英属缅甸", ("H.BRITISHBURMA",))]
    assert hits(g, "1650年，南明政权与清朝交战。", "zh", 1650) == [("南明政权", ("H.SOUTHERNMING",)), ("清朝", ("H.QING",))]


@pytest.mark.parametrize(
    ("lang", "text", "year"),
    [
        # zh: 南明, 南掌, 突厥 and 新西班牙 are never bare names
        ("zh", "东南明显下降，江南明代商业发达，西南掌握主动。", 2000),
        ("zh", "突厥语族和突厥人", 2000),
        ("zh", "他说汪先生很忙", 2000),
        # ko: 남명 is also 조식's pen name; 왜 is `why`; 위구르족 are the people of today
        ("ko", "남명 조식은 학자였다. 왜 그랬을까", 1550),
        ("ko", "위구르족 인권 문제", 2020),
        # en: Lanna style, the Uyghurs of today
        ("en", "the Lanna style of the Uyghurs", 2020),
        # ru: the battleship Yamato, the Turkic peoples
        ("ru", "линкор Ямато и тюрки", 1944),
    ],
)
def test_common_words_are_no_polities(g, lang, text, year):
    assert hits(g, text, lang, year) == []


@pytest.mark.parametrize(
    ("lang", "text", "year", "expected"),
    [
        ("zh", "新西班牙政府成立", 2020, [("西班牙", ("ESP",))]),
        ("zh", "英属印度洋领地", 2000, [("英属印度洋领地", ("IOT",))]),
        ("ko", "영국령 인도양 지역", 2000, [("영국령 인도양 지역", ("IOT",))]),
        ("en", "the British Indian Ocean Territory and Mali", 2012,
         [("British Indian Ocean Territory", ("IOT",)), ("Mali", ("MLI",))]),
        ("en", "the Sultan of Johor", 2020, [("Sultan of Johor", ("MYS",))]),
        ("en", "the Sultan of Johor", 1800, [("Sultan of Johor", ("H.JOHOR",))]),
        ("ru", "Мали и Малайзия, Бирма", 1990, [("Мали", ("MLI",)), ("Малайзия", ("MYS",)), ("Бирма", ("MMR",))]),
        ("ko", "말리 공화국과 브루나이", 2000, [("말리 공화국", ("MLI",)), ("브루나이", ("BRN",))]),
        ("en", "Laos and Thailand", 2000, [("Laos", ("LAO",)), ("Thailand", ("THA",))]),
    ],
)
def test_modern_names_unaffected(g, lang, text, year, expected):
    assert hits(g, text, lang, year) == expected

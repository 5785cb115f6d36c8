/// The name pools of the synthetic data: people in Latin script with diacritics, Chinese,
/// Arabic and Cyrillic, each with the ASCII form their email address uses; organisation
/// names in the same scripts. Facts of naming, not real people.
enum SyntheticNames {
    struct Name {
        var text: String
        var ascii: String
    }

    enum Script: CaseIterable {
        case latin, chinese, arabic, cyrillic
    }

    static let latinGiven: [Name] = [
        ("José", "jose"), ("João", "joao"), ("Zoë", "zoe"), ("Łukasz", "lukasz"), ("Søren", "soren"),
        ("François", "francois"), ("Ángela", "angela"), ("Jürgen", "jurgen"), ("Çağla", "cagla"), ("Aïcha", "aicha"),
        ("Mariam", "mariam"), ("Oluwaseun", "oluwaseun"), ("Priya", "priya"), ("Chloé", "chloe"), ("Tomáš", "tomas"),
        ("Ana", "ana"), ("Fatou", "fatou"), ("Eero", "eero"), ("Thảo", "thao"), ("Nuño", "nuno"),
    ].map(Name.init)
    static let latinFamily: [Name] = [
        ("Souza", "souza"), ("São Pedro", "saopedro"), ("Sørensen", "sorensen"), ("Dvořák", "dvorak"), ("Öztürk", "ozturk"),
        ("Müller", "muller"), ("García", "garcia"), ("Kowalski", "kowalski"), ("Diallo", "diallo"), ("Okafor", "okafor"),
        ("Lefèvre", "lefevre"), ("Strauß", "strauss"), ("Ferreira", "ferreira"), ("Nguyễn", "nguyen"), ("Ørsted", "orsted"),
    ].map(Name.init)
    static let chineseFamily: [Name] = [
        ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"), ("欧阳", "ouyang"),
    ].map(Name.init)
    static let chineseGiven: [Name] = [
        ("伟", "wei"), ("娜", "na"), ("敏", "min"), ("晓明", "xiaoming"), ("静", "jing"), ("志强", "zhiqiang"), ("丽华", "lihua"),
    ].map(Name.init)
    static let arabicGiven: [Name] = [
        ("محمد", "mohamed"), ("فاطمة", "fatima"), ("أحمد", "ahmed"), ("ليلى", "layla"), ("يوسف", "youssef"), ("مريم", "maryam"),
    ].map(Name.init)
    static let arabicFamily: [Name] = [
        ("العلي", "alali"), ("حداد", "haddad"), ("الخطيب", "alkhatib"), ("منصور", "mansour"), ("السيد", "alsayed"),
    ].map(Name.init)
    static let cyrillicGiven: [Name] = [
        ("Мария", "maria"), ("Дмитрий", "dmitry"), ("Ольга", "olga"), ("Алексей", "alexey"), ("Анна", "anna"), ("Игорь", "igor"),
    ].map(Name.init)
    static let cyrillicFamily: [Name] = [
        ("Иванова", "ivanova"), ("Петров", "petrov"), ("Смирнова", "smirnova"), ("Кузнецов", "kuznetsov"), ("Соколова", "sokolova"),
    ].map(Name.init)

    static let honorifics: [String?] = [nil, nil, "Mr", "Ms", "Dr", "H.E."]
    static let functions: [String?] = [nil, "Delegate", "Head of delegation", "Adviser", "Counsellor", "Expert",
                                       "处长", "مستشار", "Эксперт"]

    /// Organisation names per category that is not a Member State (those are shipped), with
    /// a short name or none; `#` is replaced by a number that makes the name unique.
    static let organisations: [StakeholderCategory: [(name: String, short: String?, nameZh: String?)]] = [
        .sectorMember: [("Télécom Réseaux # SA", "TR#", nil), ("Телеком Групп #", nil, nil), ("华信通信 # 公司", nil, "华信通信 # 公司")],
        .associate: [("Associação de Normas #", nil, nil), ("Standards Associate #", "SA#", nil)],
        .academia: [("Universidade Federal #", "UF#", nil), ("جامعة # للتقنية", nil, nil), ("Institut Polytechnique #", "IP#", nil)],
        .geospatialProvider: [("Instituto Geográfico #", "IG#", nil), ("GeoSpatial Mapping # Ltd", "GSM#", nil),
                              ("国家测绘地理信息局 #", nil, "国家测绘地理信息局 #"), ("Геопространственный центр #", "ГПЦ#", nil)],
        .informationProvider: [("Open Data Services #", "ODS#", nil), ("مركز المعلومات الوطني #", nil, nil),
                               ("Información Pública #", "IP#", nil)],
        .internationalBody: [("UN Office for Digital Cooperation #", "UNODC#", nil), ("International Registry #", nil, nil)],
        .regionalOrganization: [("Regional Telecommunity #", "RT#", nil)],
        .ictIndustry: [("Cloud Systems # Inc.", "CS#", nil), ("数据科技 # 有限公司", nil, "数据科技 # 有限公司")],
        .civilSociety: [("Internet Rights Forum #", "IRF#", nil), ("Société civile numérique #", nil, nil)],
        .other: [("Independent Expert Panel #", nil, nil)],
    ]

    static let venues = ["Geneva, CICG", "北京国际会议中心", "Nairobi, KICC", "São Paulo, Expo Center", "Riyadh, KAICC",
                         "Москва, ЦМТ", "Online"]
    static let timeZones = ["Europe/Zurich", "Asia/Shanghai", "Africa/Nairobi", "America/Sao_Paulo", "Asia/Riyadh",
                            "Europe/Moscow", "UTC"]
    static let itemTitles = ["Opening of the meeting", "Adoption of the agenda", "Illicit use of ICTs: national experiences",
                             "Geospatial information and public policy", "国家经验交流", "تبادل الخبرات الإقليمية",
                             "Обмен опытом", "Capacity building", "Cooperation with stakeholders", "Any other business",
                             "Closing of the meeting"]
}

extension SyntheticNames.Name {
    init(_ pair: (String, String)) {
        self.init(text: pair.0, ascii: pair.1)
    }
}

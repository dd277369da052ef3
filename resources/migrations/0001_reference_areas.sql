-- Khana schema step 1: application facts and Thailand's administrative areas.
-- Provinces are reference data shipped with Khana: ISO 3166-2 code, Thai and English
-- (ISO 3166-2) names, and region in the six-region system of the National Geographical
-- Committee. Districts are imported (Settings > Areas) because their list changes.

CREATE TABLE khana_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO khana_meta (key, value) VALUES ('application', 'khana');
INSERT INTO khana_meta (key, value) VALUES ('schema_version', '0');

CREATE TABLE province (
    code TEXT PRIMARY KEY,
    name_th TEXT NOT NULL UNIQUE,
    name_en TEXT NOT NULL UNIQUE,
    region TEXT NOT NULL CHECK (region IN ('north', 'northeast', 'central', 'east', 'west', 'south'))
);

CREATE TABLE district (
    code TEXT PRIMARY KEY,
    province_code TEXT NOT NULL REFERENCES province (code),
    name_th TEXT NOT NULL,
    name_en TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'amphoe' CHECK (kind IN ('amphoe', 'khet')),
    created_at TEXT NOT NULL DEFAULT ${NOW},
    updated_at TEXT NOT NULL DEFAULT ${NOW},
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (province_code, name_th)
);
CREATE INDEX district_province ON district (province_code);

INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-10', 'กรุงเทพมหานคร', 'Krung Thep Maha Nakhon', 'central');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-11', 'สมุทรปราการ', 'Samut Prakan', 'central');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-12', 'นนทบุรี', 'Nonthaburi', 'central');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-13', 'ปทุมธานี', 'Pathum Thani', 'central');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-14', 'พระนครศรีอยุธยา', 'Phra Nakhon Si Ayutthaya', 'central');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-15', 'อ่างทอง', 'Ang Thong', 'central');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-16', 'ลพบุรี', 'Lop Buri', 'central');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-17', 'สิงห์บุรี', 'Sing Buri', 'central');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-18', 'ชัยนาท', 'Chai Nat', 'central');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-19', 'สระบุรี', 'Saraburi', 'central');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-20', 'ชลบุรี', 'Chon Buri', 'east');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-21', 'ระยอง', 'Rayong', 'east');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-22', 'จันทบุรี', 'Chanthaburi', 'east');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-23', 'ตราด', 'Trat', 'east');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-24', 'ฉะเชิงเทรา', 'Chachoengsao', 'east');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-25', 'ปราจีนบุรี', 'Prachin Buri', 'east');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-26', 'นครนายก', 'Nakhon Nayok', 'central');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-27', 'สระแก้ว', 'Sa Kaeo', 'east');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-30', 'นครราชสีมา', 'Nakhon Ratchasima', 'northeast');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-31', 'บุรีรัมย์', 'Buri Ram', 'northeast');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-32', 'สุรินทร์', 'Surin', 'northeast');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-33', 'ศรีสะเกษ', 'Si Sa Ket', 'northeast');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-34', 'อุบลราชธานี', 'Ubon Ratchathani', 'northeast');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-35', 'ยโสธร', 'Yasothon', 'northeast');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-36', 'ชัยภูมิ', 'Chaiyaphum', 'northeast');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-37', 'อำนาจเจริญ', 'Amnat Charoen', 'northeast');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-38', 'บึงกาฬ', 'Bueng Kan', 'northeast');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-39', 'หนองบัวลำภู', 'Nong Bua Lam Phu', 'northeast');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-40', 'ขอนแก่น', 'Khon Kaen', 'northeast');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-41', 'อุดรธานี', 'Udon Thani', 'northeast');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-42', 'เลย', 'Loei', 'northeast');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-43', 'หนองคาย', 'Nong Khai', 'northeast');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-44', 'มหาสารคาม', 'Maha Sarakham', 'northeast');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-45', 'ร้อยเอ็ด', 'Roi Et', 'northeast');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-46', 'กาฬสินธุ์', 'Kalasin', 'northeast');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-47', 'สกลนคร', 'Sakon Nakhon', 'northeast');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-48', 'นครพนม', 'Nakhon Phanom', 'northeast');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-49', 'มุกดาหาร', 'Mukdahan', 'northeast');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-50', 'เชียงใหม่', 'Chiang Mai', 'north');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-51', 'ลำพูน', 'Lamphun', 'north');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-52', 'ลำปาง', 'Lampang', 'north');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-53', 'อุตรดิตถ์', 'Uttaradit', 'north');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-54', 'แพร่', 'Phrae', 'north');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-55', 'น่าน', 'Nan', 'north');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-56', 'พะเยา', 'Phayao', 'north');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-57', 'เชียงราย', 'Chiang Rai', 'north');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-58', 'แม่ฮ่องสอน', 'Mae Hong Son', 'north');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-60', 'นครสวรรค์', 'Nakhon Sawan', 'central');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-61', 'อุทัยธานี', 'Uthai Thani', 'central');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-62', 'กำแพงเพชร', 'Kamphaeng Phet', 'central');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-63', 'ตาก', 'Tak', 'west');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-64', 'สุโขทัย', 'Sukhothai', 'central');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-65', 'พิษณุโลก', 'Phitsanulok', 'central');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-66', 'พิจิตร', 'Phichit', 'central');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-67', 'เพชรบูรณ์', 'Phetchabun', 'central');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-70', 'ราชบุรี', 'Ratchaburi', 'west');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-71', 'กาญจนบุรี', 'Kanchanaburi', 'west');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-72', 'สุพรรณบุรี', 'Suphan Buri', 'central');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-73', 'นครปฐม', 'Nakhon Pathom', 'central');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-74', 'สมุทรสาคร', 'Samut Sakhon', 'central');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-75', 'สมุทรสงคราม', 'Samut Songkhram', 'central');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-76', 'เพชรบุรี', 'Phetchaburi', 'west');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-77', 'ประจวบคีรีขันธ์', 'Prachuap Khiri Khan', 'west');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-80', 'นครศรีธรรมราช', 'Nakhon Si Thammarat', 'south');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-81', 'กระบี่', 'Krabi', 'south');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-82', 'พังงา', 'Phangnga', 'south');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-83', 'ภูเก็ต', 'Phuket', 'south');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-84', 'สุราษฎร์ธานี', 'Surat Thani', 'south');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-85', 'ระนอง', 'Ranong', 'south');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-86', 'ชุมพร', 'Chumphon', 'south');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-90', 'สงขลา', 'Songkhla', 'south');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-91', 'สตูล', 'Satun', 'south');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-92', 'ตรัง', 'Trang', 'south');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-93', 'พัทลุง', 'Phatthalung', 'south');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-94', 'ปัตตานี', 'Pattani', 'south');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-95', 'ยะลา', 'Yala', 'south');
INSERT INTO province (code, name_th, name_en, region) VALUES ('TH-96', 'นราธิวาส', 'Narathiwat', 'south');

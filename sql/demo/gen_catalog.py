#!/usr/bin/python3
# Generates the DEMO catalogue of Kon Tum province: sql/demo/catalog.json
# (format dvc-catalog-1, see man/dvc-catalog.5) and the downloadable form
# templates htdocs/bieu-mau/*.rtf that its documents name.
#
#   /usr/bin/python3 sql/demo/gen_catalog.py
#
# Written for this project: not an official record. The agencies are the
# bodies of Kon Tum before the 2025 reorganisation (with some of the 2025
# changes as history); their codes follow the pattern of Circular
# 10/2016/TT-BTTTT but are made up, as are the procedure codes other than
# 1.001193, the addresses, telephone numbers, bank accounts and the
# numbers of the publishing decisions. Procedure names, legal bases, time
# limits and fees follow the national procedure records as closely as a
# demo needs; check the national database before relying on any of it.
#
# Python 3 standard library only; the output is deterministic.

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(HERE, 'catalog.json')
FORM_DIR = os.path.join(ROOT, 'htdocs', 'bieu-mau')

# --- agencies --------------------------------------------------------------


def ac(n):
    return '000.00.%02d.H34' % n


TINH = ac(0)
(VP, NV, TC, CTH, GD, KHDT, GTVT, KHCN, TP, LDTBXH, NN, TNMT, VHTTDL, XD,
 TTTT, YT, TTR, DT, BQL) = (ac(i) for i in range(1, 20))
TPKT = ac(31)
DISTRICTS = [ac(i) for i in range(31, 41)]

KBNN = 'Kho bạc Nhà nước Kon Tum'
VTB = 'Ngân hàng TMCP Công Thương Việt Nam (VietinBank) - Chi nhánh Kon Tum'
BIDV = 'Ngân hàng TMCP Đầu tư và Phát triển Việt Nam (BIDV) - Chi nhánh Kon Tum'
AGR = 'Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam (Agribank) - Chi nhánh tỉnh Kon Tum'
VCB = 'Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) - Chi nhánh Kon Tum'
# the banks' NAPAS BINs, for the VietQR code of a transfer (the State
# Treasury is not a NAPAS member: its accounts have no code)
BINS = {VTB: '970415', BIDV: '970418', AGR: '970405', VCB: '970436'}

KT = 'thành phố Kon Tum, tỉnh Kon Tum'

# code, name, address, phone, email, website, bank (name, account) or None
PROVINCE = [
    (TINH, 'Ủy ban nhân dân tỉnh Kon Tum', 'Số 70 Lê Hồng Phong, phường Quyết Thắng, ' + KT,
     '0260 3862 231', 'ubnd@kontum.gov.vn', 'https://kontum.gov.vn', None),
    (VP, 'Văn phòng Ủy ban nhân dân tỉnh Kon Tum', 'Số 70 Lê Hồng Phong, phường Quyết Thắng, ' + KT,
     '0260 3862 405', 'vpubnd@kontum.gov.vn', 'https://vpubnd.kontum.gov.vn', None),
    (NV, 'Sở Nội vụ tỉnh Kon Tum', 'Số 254 Bà Triệu, phường Quyết Thắng, ' + KT,
     '0260 3862 636', 'sonoivu@kontum.gov.vn', 'https://snv.kontum.gov.vn', (KBNN, '3511.0.1053412')),
    (TC, 'Sở Tài chính tỉnh Kon Tum', 'Số 10 Trần Phú, phường Quyết Thắng, ' + KT,
     '0260 3862 347', 'sotaichinh@kontum.gov.vn', 'https://stc.kontum.gov.vn', None),
    (CTH, 'Sở Công Thương tỉnh Kon Tum', 'Số 118 Bà Triệu, phường Quyết Thắng, ' + KT,
     '0260 3862 492', 'socongthuong@kontum.gov.vn', 'https://sct.kontum.gov.vn', (KBNN, '3511.0.1053287')),
    (GD, 'Sở Giáo dục và Đào tạo tỉnh Kon Tum', 'Số 02 Trần Phú, phường Quyết Thắng, ' + KT,
     '0260 3862 291', 'sogddt@kontum.gov.vn', 'https://sgddt.kontum.gov.vn', None),
    (KHDT, 'Sở Kế hoạch và Đầu tư tỉnh Kon Tum', 'Số 62 Trần Hưng Đạo, phường Quyết Thắng, ' + KT,
     '0260 3862 409', 'sokhdt@kontum.gov.vn', 'https://skhdt.kontum.gov.vn', (VTB, '1180 0027 6514')),
    (GTVT, 'Sở Giao thông vận tải tỉnh Kon Tum', 'Số 416 Trần Hưng Đạo, phường Thắng Lợi, ' + KT,
     '0260 3862 424', 'sogtvt@kontum.gov.vn', 'https://sgtvt.kontum.gov.vn', (VTB, '1180 0027 6605')),
    (KHCN, 'Sở Khoa học và Công nghệ tỉnh Kon Tum', 'Số 93 Trần Hưng Đạo, phường Quyết Thắng, ' + KT,
     '0260 3862 597', 'sokhcn@kontum.gov.vn', 'https://skhcn.kontum.gov.vn', (KBNN, '3511.0.1053355')),
    (TP, 'Sở Tư pháp tỉnh Kon Tum', 'Số 248 Bà Triệu, phường Quyết Thắng, ' + KT,
     '0260 3862 318', 'sotuphap@kontum.gov.vn', 'https://stp.kontum.gov.vn', (VCB, '0281 0003 16487')),
    (LDTBXH, 'Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum', 'Số 31 Phan Đình Phùng, phường Quyết Thắng, ' + KT,
     '0260 3862 358', 'soldtbxh@kontum.gov.vn', 'https://sldtbxh.kontum.gov.vn', None),
    (NN, 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Kon Tum', 'Số 86 Phan Đình Phùng, phường Quyết Thắng, ' + KT,
     '0260 3862 383', 'sonnptnt@kontum.gov.vn', 'https://snnptnt.kontum.gov.vn', (AGR, '5100 2110 01542')),
    (TNMT, 'Sở Tài nguyên và Môi trường tỉnh Kon Tum', 'Số 125 Bà Triệu, phường Quyết Thắng, ' + KT,
     '0260 3862 566', 'sotnmt@kontum.gov.vn', 'https://stnmt.kontum.gov.vn', (KBNN, '3511.0.1053226')),
    (VHTTDL, 'Sở Văn hóa, Thể thao và Du lịch tỉnh Kon Tum', 'Số 04 Phan Chu Trinh, phường Quyết Thắng, ' + KT,
     '0260 3862 316', 'sovhttdl@kontum.gov.vn', 'https://svhttdl.kontum.gov.vn', (KBNN, '3511.0.1053390')),
    (XD, 'Sở Xây dựng tỉnh Kon Tum', 'Số 72 Trần Phú, phường Quyết Thắng, ' + KT,
     '0260 3862 376', 'soxaydung@kontum.gov.vn', 'https://sxd.kontum.gov.vn', (BIDV, '6201 0000 381 457')),
    (TTTT, 'Sở Thông tin và Truyền thông tỉnh Kon Tum', 'Số 01 Trần Phú, phường Quyết Thắng, ' + KT,
     '0260 3866 789', 'sotttt@kontum.gov.vn', 'https://stttt.kontum.gov.vn', None),
    (YT, 'Sở Y tế tỉnh Kon Tum', 'Số 294 Bà Triệu, phường Quyết Thắng, ' + KT,
     '0260 3862 474', 'soyte@kontum.gov.vn', 'https://syt.kontum.gov.vn', (KBNN, '3511.0.1053509')),
    (TTR, 'Thanh tra tỉnh Kon Tum', 'Số 58 Trần Hưng Đạo, phường Quyết Thắng, ' + KT,
     '0260 3862 345', 'thanhtra@kontum.gov.vn', 'https://thanhtra.kontum.gov.vn', None),
    (DT, 'Sở Dân tộc và Tôn giáo tỉnh Kon Tum', 'Số 08 Phan Đình Phùng, phường Quyết Thắng, ' + KT,
     '0260 3864 215', 'sodttg@kontum.gov.vn', 'https://sdttg.kontum.gov.vn', None),
    (BQL, 'Ban Quản lý Khu kinh tế tỉnh Kon Tum', 'Số 200 Trần Hưng Đạo, phường Thắng Lợi, ' + KT,
     '0260 3910 266', 'bqlkkt@kontum.gov.vn', 'https://bqlkkt.kontum.gov.vn', (VTB, '1180 0027 6733')),
]

# The 2025 history (Resolution of the provincial People's Council of
# February 2025 on the reorganisation of the departments).
AGENCY_EXTRA = {
    TTTT: {
        'status': 'closed', 'closed_on': '2025-03-01', 'successor': KHCN,
        'history': [
            {'date': '2025-03-01', 'event': 'merged',
             'note': 'Hợp nhất vào Sở Khoa học và Công nghệ; các thủ tục về báo chí, xuất bản, thông tin điện tử do Sở Khoa học và Công nghệ tiếp nhận từ ngày này.'},
        ]},
    KHCN: {
        'history': [
            {'date': '2025-03-01', 'event': 'merged',
             'note': 'Tiếp nhận chức năng, nhiệm vụ của Sở Thông tin và Truyền thông tỉnh Kon Tum.'},
        ]},
    LDTBXH: {
        'status': 'closed', 'closed_on': '2025-03-01', 'successor': NV,
        'history': [
            {'date': '2025-03-01', 'event': 'merged',
             'note': 'Hợp nhất vào Sở Nội vụ; các thủ tục về việc làm, người có công do Sở Nội vụ tiếp nhận, lĩnh vực bảo trợ xã hội chuyển về Sở Y tế.'},
        ]},
    NV: {
        'history': [
            {'date': '2025-03-01', 'event': 'merged',
             'note': 'Tiếp nhận chức năng, nhiệm vụ về lao động, việc làm, người có công của Sở Lao động - Thương binh và Xã hội; chuyển nhiệm vụ quản lý nhà nước về tôn giáo sang Sở Dân tộc và Tôn giáo.'},
        ]},
    DT: {
        'history': [
            {'date': '2025-03-01', 'event': 'renamed', 'old_name': 'Ban Dân tộc tỉnh Kon Tum',
             'note': 'Thành lập Sở Dân tộc và Tôn giáo trên cơ sở Ban Dân tộc, tiếp nhận thêm nhiệm vụ về tín ngưỡng, tôn giáo từ Sở Nội vụ.'},
        ]},
}

# code, name, place (for the address), email, website sub-domain
DISTRICT_ROWS = [
    (ac(31), 'Ủy ban nhân dân thành phố Kon Tum', 'Số 246 Trần Phú, phường Quyết Thắng, thành phố Kon Tum', 'ubnd.tpkontum', 'tpkontum', '0260 3862 285'),
    (ac(32), 'Ủy ban nhân dân huyện Đắk Hà', 'Số 01 Hùng Vương, thị trấn Đắk Hà, huyện Đắk Hà', 'ubnd.dakha', 'dakha', '0260 3823 412'),
    (ac(33), 'Ủy ban nhân dân huyện Đắk Tô', 'Số 02 Hùng Vương, thị trấn Đắk Tô, huyện Đắk Tô', 'ubnd.dakto', 'dakto', '0260 3831 246'),
    (ac(34), 'Ủy ban nhân dân huyện Ngọc Hồi', 'Số 242 Hùng Vương, thị trấn Plei Kần, huyện Ngọc Hồi', 'ubnd.ngochoi', 'ngochoi', '0260 3834 125'),
    (ac(35), 'Ủy ban nhân dân huyện Đắk Glei', 'Số 272 Hùng Vương, thị trấn Đắk Glei, huyện Đắk Glei', 'ubnd.dakglei', 'dakglei', '0260 3838 164'),
    (ac(36), 'Ủy ban nhân dân huyện Kon Plông', 'Khu trung tâm hành chính huyện, xã Tân Lập, huyện Kon Plông', 'ubnd.konplong', 'konplong', '0260 3820 217'),
    (ac(37), 'Ủy ban nhân dân huyện Kon Rẫy', 'Số 15 Hùng Vương, thị trấn Đắk Rve, huyện Kon Rẫy', 'ubnd.konray', 'konray', '0260 3826 131'),
    (ac(38), 'Ủy ban nhân dân huyện Sa Thầy', 'Số 01 Trần Hưng Đạo, thị trấn Sa Thầy, huyện Sa Thầy', 'ubnd.sathay', 'sathay', '0260 3820 064'),
    (ac(39), 'Ủy ban nhân dân huyện Tu Mơ Rông', 'Thôn Kon Tu, xã Đắk Hà, huyện Tu Mơ Rông', 'ubnd.tumorong', 'tumorong', '0260 3821 456'),
    (ac(40), "Ủy ban nhân dân huyện Ia H'Drai", "Thôn 1, xã Ia Tơi, huyện Ia H'Drai", 'ubnd.iahdrai', 'iahdrai', '0260 3507 668'),
]

# code, name, parent, address (within the district), e-mail local part, phone
COMMUNE_ROWS = [
    ('000.31.01.H34', 'Ủy ban nhân dân phường Quyết Thắng', TPKT, 'Số 135 Phan Chu Trinh, phường Quyết Thắng', 'pquyetthang', '0260 3863 115'),
    ('000.31.02.H34', 'Ủy ban nhân dân xã Đắk Cấm', TPKT, 'Thôn 1, xã Đắk Cấm', 'xdakcam', '0260 3864 720'),
    ('000.31.03.H34', 'Ủy ban nhân dân phường Thắng Lợi', TPKT, 'Số 412 Trần Hưng Đạo, phường Thắng Lợi', 'pthangloi', '0260 3863 227'),
    ('000.31.04.H34', 'Ủy ban nhân dân phường Thống Nhất', TPKT, 'Số 52 Phan Đình Phùng, phường Thống Nhất', 'pthongnhat', '0260 3862 948'),
    ('000.31.05.H34', 'Ủy ban nhân dân xã Vinh Quang', TPKT, 'Thôn Thanh Trung, xã Vinh Quang', 'xvinhquang', '0260 3913 306'),
    ('000.31.06.H34', 'Ủy ban nhân dân phường Duy Tân', TPKT, 'Số 37 Đào Duy Từ, phường Duy Tân', 'pduytan', '0260 3866 210'),
    ('000.31.07.H34', 'Ủy ban nhân dân phường Trường Chinh', TPKT, 'Số 160 Trường Chinh, phường Trường Chinh', 'ptruongchinh', '0260 3865 544'),
    ('000.32.01.H34', 'Ủy ban nhân dân thị trấn Đắk Hà', ac(32), 'Số 22 Hùng Vương, thị trấn Đắk Hà', 'ttdakha', '0260 3823 109'),
    ('000.32.02.H34', 'Ủy ban nhân dân xã Hà Mòn', ac(32), 'Thôn 1, xã Hà Mòn', 'xhamon', '0260 3823 587'),
    ('000.33.01.H34', 'Ủy ban nhân dân thị trấn Đắk Tô', ac(33), 'Số 108 Hùng Vương, thị trấn Đắk Tô', 'ttdakto', '0260 3831 322'),
    ('000.34.01.H34', 'Ủy ban nhân dân thị trấn Plei Kần', ac(34), 'Số 180 Hùng Vương, thị trấn Plei Kần', 'ttpleikan', '0260 3834 203'),
    ('000.38.01.H34', 'Ủy ban nhân dân thị trấn Sa Thầy', ac(38), 'Số 45 Trần Hưng Đạo, thị trấn Sa Thầy', 'ttsathay', '0260 3820 318'),
]
COMMUNES = [r[0] for r in COMMUNE_ROWS]
DISTRICT_PLACE = {ac(31): 'thành phố Kon Tum', ac(32): 'huyện Đắk Hà', ac(33): 'huyện Đắk Tô',
                  ac(34): 'huyện Ngọc Hồi', ac(38): 'huyện Sa Thầy'}

DISTRICT_HISTORY = {
    ac(40): [{'date': '2015-03-11', 'event': 'created',
              'note': "Thành lập huyện Ia H'Drai theo Nghị quyết số 890/NQ-UBTVQH13 của Ủy ban Thường vụ Quốc hội, trên cơ sở điều chỉnh địa giới hành chính huyện Sa Thầy."}],
}


def build_agencies():
    out = []
    for i, (code, name, addr, phone, email, web, bank) in enumerate(PROVINCE):
        a = {'code': code, 'name': name, 'level': 'province'}
        if code != TINH:
            a['parent'] = TINH
        a.update({'address': addr, 'phone': phone, 'email': email, 'website': web})
        if bank:
            a['bank'] = {'account': bank[1], 'bank': bank[0], 'holder': name}
            if bank[0] in BINS:
                a['bank']['bin'] = BINS[bank[0]]
        a.update(AGENCY_EXTRA.get(code, {}))
        out.append(a)
    for i, (code, name, addr, mail, web, phone) in enumerate(DISTRICT_ROWS):
        a = {'code': code, 'name': name, 'level': 'district', 'parent': TINH,
             'address': addr + ', tỉnh Kon Tum', 'phone': phone,
             'email': mail + '@kontum.gov.vn', 'website': 'https://%s.kontum.gov.vn' % web,
             'bank': {'account': '3511.0.10%05d' % (61120 + 37 * i), 'bank': KBNN, 'holder': name}}
        if code in DISTRICT_HISTORY:
            a['history'] = DISTRICT_HISTORY[code]
        out.append(a)
    for i, (code, name, parent, addr, mail, phone) in enumerate(COMMUNE_ROWS):
        place = DISTRICT_PLACE[parent]
        web = next(r[4] for r in DISTRICT_ROWS if r[0] == parent)
        out.append({'code': code, 'name': name, 'level': 'commune', 'parent': parent,
                    'address': '%s, %s, tỉnh Kon Tum' % (addr, place), 'phone': phone,
                    'email': 'ubnd%s@kontum.gov.vn' % mail,
                    'website': 'https://%s.kontum.gov.vn/%s' % (web, mail[1:] if mail[0] in 'px' else mail[2:]),
                    'bank': {'account': '3511.0.10%05d' % (72210 + 29 * i), 'bank': KBNN, 'holder': name}})
    return out


AGENCIES = build_agencies()
AG = {a['code']: a for a in AGENCIES}


def short(code):
    """'Sở Tư pháp tỉnh Kon Tum' -> 'Sở Tư pháp'; 'Thanh tra tỉnh Kon Tum'
    -> 'Thanh tra tỉnh'."""
    name = AG[code]['name']
    if name.startswith('Sở '):
        return re.sub(r' tỉnh Kon Tum$', '', name)
    return re.sub(r' tỉnh Kon Tum$', ' tỉnh', name)


# --- fields ---------------------------------------------------------------

FIELDS = [
    ('HT', 'ho-tich', 'Hộ tịch'),
    ('CT', 'chung-thuc', 'Chứng thực'),
    ('LLTP', 'ly-lich-tu-phap', 'Lý lịch tư pháp'),
    ('QT', 'quoc-tich', 'Quốc tịch'),
    ('CC', 'cong-chung', 'Công chứng'),
    ('TGPL', 'tro-giup-phap-ly', 'Trợ giúp pháp lý'),
    ('NCN', 'nuoi-con-nuoi', 'Nuôi con nuôi'),
    ('DKDN', 'thanh-lap-va-hoat-dong-doanh-nghiep', 'Thành lập và hoạt động doanh nghiệp'),
    ('HKD', 'ho-kinh-doanh', 'Thành lập và hoạt động của hộ kinh doanh'),
    ('DTVN', 'dau-tu', 'Đầu tư tại Việt Nam'),
    ('XD', 'xay-dung', 'Hoạt động xây dựng'),
    ('DD', 'dat-dai', 'Đất đai'),
    ('MT', 'moi-truong', 'Môi trường'),
    ('DB', 'duong-bo', 'Đường bộ'),
    ('VL', 'viec-lam', 'Việc làm'),
    ('BTXH', 'bao-tro-xa-hoi', 'Bảo trợ xã hội'),
    ('NCC', 'nguoi-co-cong', 'Người có công'),
    ('GDDT', 'giao-duc-va-dao-tao', 'Giáo dục và Đào tạo'),
    ('KCB', 'kham-benh-chua-benh', 'Khám bệnh, chữa bệnh'),
    ('DUOC', 'duoc-pham', 'Dược phẩm'),
    ('ATTP', 'an-toan-thuc-pham', 'An toàn thực phẩm'),
    ('VH', 'van-hoa', 'Văn hóa'),
    ('DL', 'du-lich', 'Du lịch'),
    ('BC', 'bao-chi', 'Báo chí'),
    ('XBIPH', 'xuat-ban-in-va-phat-hanh', 'Xuất bản, In và Phát hành'),
    ('PTTH-TTDT', 'thong-tin-dien-tu', 'Phát thanh, truyền hình và thông tin điện tử'),
    ('KHCN', 'hoat-dong-khoa-hoc-va-cong-nghe', 'Hoạt động khoa học và công nghệ'),
    ('TY', 'thu-y', 'Thú y'),
    ('LTHH', 'luu-thong-hang-hoa', 'Lưu thông hàng hóa trong nước'),
    ('TDKT', 'thi-dua-khen-thuong', 'Thi đua, khen thưởng'),
    ('TG', 'tin-nguong-ton-giao', 'Tín ngưỡng, tôn giáo'),
    ('CTDT', 'cong-tac-dan-toc', 'Công tác dân tộc'),
    ('KNTC', 'giai-quyet-khieu-nai-to-cao', 'Giải quyết khiếu nại, tố cáo'),
]

# --- legal texts (cited by several procedures) ------------------------------

L = {
    'htich': 'Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014',
    'nd123': 'Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch',
    'tt04': 'Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ Tư pháp quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP',
    'nd87': 'Nghị định số 87/2020/NĐ-CP ngày 28/7/2020 của Chính phủ quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến',
    'tt85': 'Thông tư số 85/2019/TT-BTC ngày 29/11/2019 của Bộ Tài chính hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương',
    'tt281': 'Thông tư số 281/2016/TT-BTC ngày 14/11/2016 của Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch, phí xác nhận có quốc tịch Việt Nam, phí xác nhận là người gốc Việt Nam, lệ phí quốc tịch',
    'hngd': 'Luật Hôn nhân và gia đình số 52/2014/QH13 ngày 19/6/2014',
    'nd63': 'Nghị định số 63/2024/NĐ-CP ngày 10/6/2024 của Chính phủ quy định việc thực hiện liên thông điện tử hai nhóm thủ tục hành chính: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi; đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất',
    'cutru': 'Luật Cư trú số 68/2020/QH14 ngày 13/11/2020',
    'bhyt': 'Luật Bảo hiểm y tế số 25/2008/QH12, được sửa đổi, bổ sung bởi Luật số 46/2014/QH13',
    'nd23': 'Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch',
    'tt01tp': 'Thông tư số 01/2020/TT-BTP ngày 03/3/2020 của Bộ Tư pháp quy định chi tiết và hướng dẫn thi hành một số điều của Nghị định số 23/2015/NĐ-CP',
    'tt226': 'Thông tư số 226/2016/TT-BTC ngày 11/11/2016 của Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực',
    'nd45': 'Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử',
    'lltp': 'Luật Lý lịch tư pháp số 28/2009/QH12 ngày 17/6/2009',
    'nd111': 'Nghị định số 111/2010/NĐ-CP ngày 23/11/2010 của Chính phủ quy định chi tiết một số điều của Luật Lý lịch tư pháp',
    'tt244': 'Thông tư số 244/2016/TT-BTC ngày 11/11/2016 của Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin lý lịch tư pháp',
    'quoctich': 'Luật Quốc tịch Việt Nam số 24/2008/QH12, được sửa đổi, bổ sung bởi Luật số 56/2014/QH13',
    'nd16': 'Nghị định số 16/2020/NĐ-CP ngày 03/02/2020 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Quốc tịch Việt Nam',
    'ccong': 'Luật Công chứng số 53/2014/QH13 ngày 20/6/2014',
    'nd29': 'Nghị định số 29/2015/NĐ-CP ngày 15/3/2015 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Công chứng',
    'tt257': 'Thông tư số 257/2016/TT-BTC ngày 11/11/2016 của Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí công chứng; phí chứng thực; phí thẩm định tiêu chuẩn, điều kiện hành nghề công chứng',
    'tgpl': 'Luật Trợ giúp pháp lý số 11/2017/QH14 ngày 20/6/2017',
    'nd144tg': 'Nghị định số 144/2017/NĐ-CP ngày 15/12/2017 của Chính phủ quy định chi tiết một số điều của Luật Trợ giúp pháp lý',
    'ncn': 'Luật Nuôi con nuôi số 52/2010/QH12 ngày 17/6/2010',
    'nd19': 'Nghị định số 19/2011/NĐ-CP ngày 21/3/2011 của Chính phủ quy định chi tiết thi hành một số điều của Luật Nuôi con nuôi, được sửa đổi, bổ sung bởi Nghị định số 24/2019/NĐ-CP',
    'nd114': 'Nghị định số 114/2016/NĐ-CP ngày 08/7/2016 của Chính phủ quy định lệ phí đăng ký nuôi con nuôi, lệ phí cấp giấy phép hoạt động của tổ chức con nuôi nước ngoài',
    'ldn': 'Luật Doanh nghiệp số 59/2020/QH14 ngày 17/6/2020',
    'nd01': 'Nghị định số 01/2021/NĐ-CP ngày 04/01/2021 của Chính phủ về đăng ký doanh nghiệp',
    'tt01kh': 'Thông tư số 01/2021/TT-BKHĐT ngày 16/3/2021 của Bộ Kế hoạch và Đầu tư hướng dẫn về đăng ký doanh nghiệp, được sửa đổi, bổ sung bởi Thông tư số 02/2023/TT-BKHĐT',
    'tt47': 'Thông tư số 47/2019/TT-BTC ngày 05/8/2019 của Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin doanh nghiệp, lệ phí đăng ký doanh nghiệp',
    'ldt': 'Luật Đầu tư số 61/2020/QH14 ngày 17/6/2020',
    'nd31': 'Nghị định số 31/2021/NĐ-CP ngày 26/3/2021 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Đầu tư',
    'tt03kh': 'Thông tư số 03/2021/TT-BKHĐT ngày 09/4/2021 của Bộ Kế hoạch và Đầu tư quy định mẫu văn bản, báo cáo liên quan đến hoạt động đầu tư tại Việt Nam, đầu tư từ Việt Nam ra nước ngoài và xúc tiến đầu tư',
    'lxd': 'Luật Xây dựng số 50/2014/QH13 ngày 18/6/2014, được sửa đổi, bổ sung bởi Luật số 62/2020/QH14 ngày 17/6/2020',
    'nd15': 'Nghị định số 15/2021/NĐ-CP ngày 03/3/2021 của Chính phủ quy định chi tiết một số nội dung về quản lý dự án đầu tư xây dựng',
    'tt38': 'Thông tư số 38/2022/TT-BTC ngày 24/6/2022 của Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định cấp giấy phép hoạt động xây dựng, phí thẩm định cấp chứng chỉ hành nghề hoạt động xây dựng',
    'ldd': 'Luật Đất đai số 31/2024/QH15 ngày 18/01/2024',
    'nd101': 'Nghị định số 101/2024/NĐ-CP ngày 29/7/2024 của Chính phủ quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất và Hệ thống thông tin đất đai',
    'nd102': 'Nghị định số 102/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai',
    'lbvmt': 'Luật Bảo vệ môi trường số 72/2020/QH14 ngày 17/11/2020',
    'nd08': 'Nghị định số 08/2022/NĐ-CP ngày 10/01/2022 của Chính phủ quy định chi tiết một số điều của Luật Bảo vệ môi trường',
    'tt02mt': 'Thông tư số 02/2022/TT-BTNMT ngày 10/01/2022 của Bộ Tài nguyên và Môi trường quy định chi tiết thi hành một số điều của Luật Bảo vệ môi trường',
    'lgtdb': 'Luật Giao thông đường bộ số 23/2008/QH12 ngày 13/11/2008',
    'tt12gplx': 'Thông tư số 12/2017/TT-BGTVT ngày 15/4/2017 của Bộ Giao thông vận tải quy định về đào tạo, sát hạch, cấp giấy phép lái xe cơ giới đường bộ, được sửa đổi, bổ sung bởi Thông tư số 01/2021/TT-BGTVT',
    'tt37': 'Thông tư số 37/2023/TT-BTC ngày 07/6/2023 của Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí sát hạch lái xe; lệ phí cấp bằng, chứng chỉ được hoạt động trên các loại phương tiện và lệ phí đăng ký, cấp biển xe máy chuyên dùng',
    'nd10': 'Nghị định số 10/2020/NĐ-CP ngày 17/01/2020 của Chính phủ quy định về kinh doanh và điều kiện kinh doanh vận tải bằng xe ô tô',
    'tt12vt': 'Thông tư số 12/2020/TT-BGTVT ngày 29/5/2020 của Bộ Giao thông vận tải quy định về tổ chức, quản lý hoạt động kinh doanh vận tải bằng xe ô tô và dịch vụ hỗ trợ vận tải đường bộ',
    'tt46': 'Thông tư số 46/2015/TT-BGTVT ngày 07/9/2015 của Bộ Giao thông vận tải quy định về tải trọng, khổ giới hạn của đường bộ; lưu hành xe quá tải trọng, xe quá khổ giới hạn, xe bánh xích trên đường bộ',
    'tt22xmcd': 'Thông tư số 22/2019/TT-BGTVT ngày 12/6/2019 của Bộ Giao thông vận tải quy định về đăng ký xe máy chuyên dùng',
    'lvl': 'Luật Việc làm số 38/2013/QH13 ngày 16/11/2013',
    'nd28': 'Nghị định số 28/2015/NĐ-CP ngày 12/3/2015 của Chính phủ quy định chi tiết thi hành Luật Việc làm về bảo hiểm thất nghiệp, được sửa đổi, bổ sung bởi Nghị định số 61/2020/NĐ-CP',
    'tt28ld': 'Thông tư số 28/2015/TT-BLĐTBXH ngày 31/7/2015 của Bộ Lao động - Thương binh và Xã hội hướng dẫn thực hiện Điều 52 của Luật Việc làm và một số điều của Nghị định số 28/2015/NĐ-CP',
    'blld': 'Bộ luật Lao động số 45/2019/QH14 ngày 20/11/2019',
    'nd152': 'Nghị định số 152/2020/NĐ-CP ngày 30/12/2020 của Chính phủ quy định về người lao động nước ngoài làm việc tại Việt Nam và tuyển dụng, quản lý người lao động Việt Nam làm việc cho tổ chức, cá nhân nước ngoài tại Việt Nam, được sửa đổi, bổ sung bởi Nghị định số 70/2023/NĐ-CP',
    'nd20': 'Nghị định số 20/2021/NĐ-CP ngày 15/3/2021 của Chính phủ quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội, được sửa đổi, bổ sung bởi Nghị định số 76/2024/NĐ-CP',
    'tt02ld': 'Thông tư số 02/2021/TT-BLĐTBXH ngày 24/6/2021 của Bộ Lao động - Thương binh và Xã hội hướng dẫn thực hiện một số điều của Nghị định số 20/2021/NĐ-CP',
    'lnkt': 'Luật Người khuyết tật số 51/2010/QH12 ngày 17/6/2010',
    'nd28kt': 'Nghị định số 28/2012/NĐ-CP ngày 10/4/2012 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Người khuyết tật',
    'tt01kt': 'Thông tư số 01/2019/TT-BLĐTBXH ngày 02/01/2019 của Bộ Lao động - Thương binh và Xã hội quy định về việc xác định mức độ khuyết tật do Hội đồng xác định mức độ khuyết tật thực hiện',
    'nd07': 'Nghị định số 07/2021/NĐ-CP ngày 27/01/2021 của Chính phủ quy định chuẩn nghèo đa chiều giai đoạn 2021 - 2025',
    'qd24': 'Quyết định số 24/2021/QĐ-TTg ngày 16/7/2021 của Thủ tướng Chính phủ quy định quy trình rà soát hộ nghèo, hộ cận nghèo hằng năm và quy trình xác định hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp có mức sống trung bình',
    'plncc': 'Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14 ngày 09/12/2020',
    'nd131': 'Nghị định số 131/2021/NĐ-CP ngày 30/12/2021 của Chính phủ quy định chi tiết và biện pháp thi hành Pháp lệnh Ưu đãi người có công với cách mạng',
    'nd75': 'Nghị định số 75/2021/NĐ-CP ngày 24/7/2021 của Chính phủ quy định mức hưởng trợ cấp, phụ cấp và các chế độ ưu đãi người có công với cách mạng, được sửa đổi, bổ sung bởi Nghị định số 55/2023/NĐ-CP',
    'lgd': 'Luật Giáo dục số 43/2019/QH14 ngày 14/6/2019',
    'nd46': 'Nghị định số 46/2017/NĐ-CP ngày 21/4/2017 của Chính phủ quy định về điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục, được sửa đổi, bổ sung bởi Nghị định số 135/2018/NĐ-CP',
    'tt21vb': 'Thông tư số 21/2019/TT-BGDĐT ngày 29/11/2019 của Bộ Giáo dục và Đào tạo ban hành Quy chế quản lý bằng tốt nghiệp trung học cơ sở, bằng tốt nghiệp trung học phổ thông, văn bằng giáo dục đại học và chứng chỉ của hệ thống giáo dục quốc dân',
    'qd51': 'Quyết định số 51/2002/QĐ-BGDĐT ngày 25/12/2002 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Quy định chuyển trường và tiếp nhận học sinh học tại các trường trung học cơ sở và trung học phổ thông',
    'tt19mn': 'Thông tư số 19/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo ban hành Quy định về kiểm định chất lượng giáo dục và công nhận đạt chuẩn quốc gia đối với trường mầm non',
    'lkcb': 'Luật Khám bệnh, chữa bệnh số 15/2023/QH15 ngày 09/01/2023',
    'nd96': 'Nghị định số 96/2023/NĐ-CP ngày 30/12/2023 của Chính phủ quy định chi tiết một số điều của Luật Khám bệnh, chữa bệnh',
    'tt59': 'Thông tư số 59/2023/TT-BTC ngày 30/8/2023 của Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí trong lĩnh vực y tế',
    'lduoc': 'Luật Dược số 105/2016/QH13 ngày 06/4/2016',
    'nd54': 'Nghị định số 54/2017/NĐ-CP ngày 08/5/2017 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Dược, được sửa đổi, bổ sung bởi Nghị định số 155/2018/NĐ-CP',
    'lattp': 'Luật An toàn thực phẩm số 55/2010/QH12 ngày 17/6/2010',
    'nd15tp': 'Nghị định số 15/2018/NĐ-CP ngày 02/02/2018 của Chính phủ quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm',
    'tt67': 'Thông tư số 67/2021/TT-BTC ngày 05/8/2021 của Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí trong công tác an toàn thực phẩm',
    'nd54kr': 'Nghị định số 54/2019/NĐ-CP ngày 19/6/2019 của Chính phủ quy định về kinh doanh dịch vụ karaoke, dịch vụ vũ trường',
    'tt01kr': 'Thông tư số 01/2021/TT-BTC ngày 07/01/2021 của Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định cấp giấy phép kinh doanh karaoke, vũ trường',
    'nd144bd': 'Nghị định số 144/2020/NĐ-CP ngày 14/12/2020 của Chính phủ quy định về hoạt động nghệ thuật biểu diễn',
    'nd110': 'Nghị định số 110/2018/NĐ-CP ngày 29/8/2018 của Chính phủ quy định về quản lý và tổ chức lễ hội',
    'ldsvh': 'Luật Di sản văn hóa số 28/2001/QH10, được sửa đổi, bổ sung bởi Luật số 32/2009/QH12',
    'nd38vh': 'Nghị định số 38/2021/NĐ-CP ngày 29/3/2021 của Chính phủ quy định xử phạt vi phạm hành chính trong lĩnh vực văn hóa và quảng cáo',
    'tt09tt': 'Thông tư số 09/2014/TT-BTTTT ngày 19/8/2014 của Bộ Thông tin và Truyền thông quy định chi tiết về hoạt động quản lý, cung cấp, sử dụng thông tin trên trang thông tin điện tử và mạng xã hội',
    'tt24tc': 'Thông tư số 24/2014/TT-BTTTT ngày 29/12/2014 của Bộ Thông tin và Truyền thông quy định chi tiết về hoạt động quản lý, cung cấp và sử dụng dịch vụ trò chơi điện tử',
    'nd05dt': 'Nghị định số 05/2011/NĐ-CP ngày 14/01/2011 của Chính phủ về công tác dân tộc',
    'lqc': 'Luật Quảng cáo số 16/2012/QH13 ngày 21/6/2012',
    'nd181': 'Nghị định số 181/2013/NĐ-CP ngày 14/11/2013 của Chính phủ quy định chi tiết thi hành một số điều của Luật Quảng cáo',
    'ldl': 'Luật Du lịch số 09/2017/QH14 ngày 19/6/2017',
    'nd168': 'Nghị định số 168/2017/NĐ-CP ngày 31/12/2017 của Chính phủ quy định chi tiết một số điều của Luật Du lịch',
    'tt06dl': 'Thông tư số 06/2017/TT-BVHTTDL ngày 15/12/2017 của Bộ Văn hóa, Thể thao và Du lịch quy định chi tiết một số điều của Luật Du lịch',
    'tt33dl': 'Thông tư số 33/2018/TT-BTC ngày 30/3/2018 của Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định cấp giấy phép kinh doanh dịch vụ lữ hành, phí thẩm định cấp thẻ hướng dẫn viên du lịch',
    'lbc': 'Luật Báo chí số 103/2016/QH13 ngày 05/4/2016',
    'tt48bc': 'Thông tư số 48/2016/TT-BTTTT ngày 30/12/2016 của Bộ Thông tin và Truyền thông quy định chi tiết việc cấp giấy phép hoạt động báo in, tạp chí in và báo điện tử, tạp chí điện tử, xuất bản thêm ấn phẩm, thực hiện kênh, chương trình, xuất bản bản tin',
    'lxb': 'Luật Xuất bản số 19/2012/QH13 ngày 20/11/2012',
    'nd195': 'Nghị định số 195/2013/NĐ-CP ngày 21/11/2013 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Xuất bản, được sửa đổi, bổ sung bởi Nghị định số 150/2018/NĐ-CP',
    'nd60': 'Nghị định số 60/2014/NĐ-CP ngày 19/6/2014 của Chính phủ quy định về hoạt động in, được sửa đổi, bổ sung bởi Nghị định số 25/2018/NĐ-CP',
    'nd72': 'Nghị định số 72/2013/NĐ-CP ngày 15/7/2013 của Chính phủ về quản lý, cung cấp, sử dụng dịch vụ Internet và thông tin trên mạng, được sửa đổi, bổ sung bởi Nghị định số 27/2018/NĐ-CP',
    'lkhcn': 'Luật Khoa học và Công nghệ số 29/2013/QH13 ngày 18/6/2013',
    'nd08kh': 'Nghị định số 08/2014/NĐ-CP ngày 27/01/2014 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Khoa học và Công nghệ',
    'lnlnt': 'Luật Năng lượng nguyên tử số 18/2008/QH12 ngày 03/6/2008',
    'nd142': 'Nghị định số 142/2020/NĐ-CP ngày 09/12/2020 của Chính phủ quy định về việc tiến hành công việc bức xạ và hoạt động dịch vụ hỗ trợ ứng dụng năng lượng nguyên tử',
    'lty': 'Luật Thú y số 79/2015/QH13 ngày 19/6/2015',
    'nd35': 'Nghị định số 35/2016/NĐ-CP ngày 15/5/2016 của Chính phủ quy định chi tiết một số điều của Luật Thú y',
    'tt25ty': 'Thông tư số 25/2016/TT-BNNPTNT ngày 30/6/2016 của Bộ Nông nghiệp và Phát triển nông thôn quy định về kiểm dịch động vật, sản phẩm động vật trên cạn',
    'tt101': 'Thông tư số 101/2020/TT-BTC ngày 23/11/2020 của Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí, lệ phí trong công tác thú y',
    'ltm': 'Luật Thương mại số 36/2005/QH11 ngày 14/6/2005',
    'nd105': 'Nghị định số 105/2017/NĐ-CP ngày 14/9/2017 của Chính phủ về kinh doanh rượu, được sửa đổi, bổ sung bởi Nghị định số 17/2020/NĐ-CP',
    'nd67tl': 'Nghị định số 67/2013/NĐ-CP ngày 27/6/2013 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Phòng, chống tác hại của thuốc lá về kinh doanh thuốc lá, được sửa đổi, bổ sung bởi Nghị định số 106/2017/NĐ-CP',
    'nd83xd': 'Nghị định số 83/2014/NĐ-CP ngày 03/9/2014 của Chính phủ về kinh doanh xăng dầu, được sửa đổi, bổ sung bởi Nghị định số 95/2021/NĐ-CP và Nghị định số 80/2023/NĐ-CP',
    'nd87k': 'Nghị định số 87/2018/NĐ-CP ngày 15/6/2018 của Chính phủ về kinh doanh khí',
    'tt168': 'Thông tư số 168/2016/TT-BTC ngày 26/10/2016 của Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định kinh doanh hàng hóa, dịch vụ hạn chế kinh doanh; hàng hóa, dịch vụ kinh doanh có điều kiện thuộc lĩnh vực thương mại',
    'ltdkt': 'Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022',
    'nd98': 'Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    'ltntg': 'Luật Tín ngưỡng, tôn giáo số 02/2016/QH14 ngày 18/11/2016',
    'nd95': 'Nghị định số 95/2023/NĐ-CP ngày 29/12/2023 của Chính phủ quy định chi tiết Luật Tín ngưỡng, tôn giáo',
    'qd12': 'Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số, được sửa đổi, bổ sung bởi Quyết định số 28/2023/QĐ-TTg',
    'lkn': 'Luật Khiếu nại số 02/2011/QH13 ngày 11/11/2011',
    'ltc': 'Luật Tố cáo số 25/2018/QH14 ngày 12/6/2018',
    'nd124': 'Nghị định số 124/2020/NĐ-CP ngày 19/10/2020 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Khiếu nại',
    'nd31tc': 'Nghị định số 31/2019/NĐ-CP ngày 10/4/2019 của Chính phủ quy định chi tiết một số điều và biện pháp tổ chức thi hành Luật Tố cáo',
}

# --- per-field defaults -----------------------------------------------------
# unit: the specialist unit by level of the agency that handles the dossier;
# leader: who signs, by level (province: per agency unless given);
# dec: the provincial decision that published the field's procedures;
# kind: the default set of blanks of the field's forms.

CX = 'Công chức Văn hóa - Xã hội'
PROFILE = {
    'ho-tich': dict(unit={'commune': 'Công chức Tư pháp - Hộ tịch', 'district': 'Phòng Tư pháp',
                          'province': 'Phòng Hành chính tư pháp'},
                    legal=['htich', 'nd123', 'tt04', 'nd87'], dec=(215, '2023-04-28'),
                    subj='Công dân Việt Nam', post=True, kind='ca_nhan'),
    'chung-thuc': dict(unit={'commune': 'Công chức Tư pháp - Hộ tịch', 'district': 'Phòng Tư pháp'},
                       leader={'district': 'Trưởng phòng hoặc Phó Trưởng phòng Tư pháp'},
                       legal=['nd23', 'tt01tp', 'tt226'], dec=(188, '2023-04-06'),
                       subj='Cá nhân, tổ chức có yêu cầu chứng thực', post=False, kind='ca_nhan'),
    'ly-lich-tu-phap': dict(unit={'province': 'Phòng Hành chính tư pháp - Sở Tư pháp'},
                            legal=['lltp', 'nd111', 'tt244'], dec=(97, '2023-02-21'),
                            subj='Công dân Việt Nam; người nước ngoài đã hoặc đang cư trú tại Việt Nam',
                            post=True, kind='lltp'),
    'quoc-tich': dict(unit={'province': 'Phòng Hành chính tư pháp - Sở Tư pháp'},
                      legal=['quoctich', 'nd16', 'tt281'], dec=(97, '2023-02-21'),
                      subj='Người đang cư trú ở trong nước', post=True, kind='ca_nhan'),
    'cong-chung': dict(unit={'province': 'Phòng Bổ trợ tư pháp - Sở Tư pháp'},
                       legal=['ccong', 'nd29', 'tt257'], dec=(97, '2023-02-21'),
                       subj='Công chứng viên; Văn phòng công chứng', post=True, kind='to_chuc'),
    'tro-giup-phap-ly': dict(unit={'province': 'Trung tâm Trợ giúp pháp lý nhà nước tỉnh'},
                             leader={'province': 'Giám đốc Trung tâm Trợ giúp pháp lý nhà nước tỉnh'},
                             legal=['tgpl', 'nd144tg'], dec=(97, '2023-02-21'),
                             subj='Người được trợ giúp pháp lý theo Điều 7 Luật Trợ giúp pháp lý', post=True, kind='ca_nhan'),
    'nuoi-con-nuoi': dict(unit={'commune': 'Công chức Tư pháp - Hộ tịch'},
                          legal=['ncn', 'nd19', 'nd114'], dec=(97, '2023-02-21'),
                          subj='Công dân Việt Nam thường trú ở trong nước', post=False, kind='ca_nhan'),
    'thanh-lap-va-hoat-dong-doanh-nghiep': dict(
        unit={'province': 'Phòng Đăng ký kinh doanh - Sở Kế hoạch và Đầu tư'},
        leader={'province': 'Trưởng phòng Đăng ký kinh doanh'},
        legal=['ldn', 'nd01', 'tt01kh', 'tt47'], dec=(325, '2022-06-14'),
        subj='Tổ chức, cá nhân thành lập, quản lý doanh nghiệp', post=True, kind='dn'),
    'ho-kinh-doanh': dict(unit={'district': 'Phòng Tài chính - Kế hoạch'},
                          leader={'district': 'Trưởng phòng hoặc Phó Trưởng phòng Tài chính - Kế hoạch'},
                          legal=['nd01', 'tt01kh', 'tt85'], dec=(77, '2022-02-08'),
                          subj='Cá nhân, thành viên hộ gia đình là công dân Việt Nam có năng lực hành vi dân sự đầy đủ',
                          post=True, kind='hkd'),
    'dau-tu': dict(unit={'province': 'Phòng Kinh tế đối ngoại - Sở Kế hoạch và Đầu tư'},
                   legal=['ldt', 'nd31', 'tt03kh'], dec=(325, '2022-06-14'),
                   subj='Nhà đầu tư trong nước, nhà đầu tư nước ngoài', post=True, kind='to_chuc'),
    'xay-dung': dict(unit={'district': 'Phòng Quản lý đô thị (Phòng Kinh tế và Hạ tầng)',
                           'province': 'Phòng Quản lý xây dựng - Sở Xây dựng'},
                     legal=['lxd', 'nd15', 'tt85'], dec=(402, '2021-07-19'),
                     subj='Chủ đầu tư (hộ gia đình, cá nhân, tổ chức)', post=True, kind='xay_dung'),
    'dat-dai': dict(unit={'commune': 'Công chức Địa chính - Xây dựng', 'district': 'Phòng Tài nguyên và Môi trường',
                          'province': 'Văn phòng Đăng ký đất đai tỉnh'},
                    legal=['ldd', 'nd101', 'nd102'], dec=(612, '2024-10-04'),
                    subj='Cá nhân, hộ gia đình, cộng đồng dân cư sử dụng đất', post=True, kind='dat'),
    'moi-truong': dict(unit={'commune': 'Công chức Địa chính - Xây dựng', 'district': 'Phòng Tài nguyên và Môi trường',
                             'province': 'Chi cục Bảo vệ môi trường - Sở Tài nguyên và Môi trường'},
                       legal=['lbvmt', 'nd08', 'tt02mt'], dec=(290, '2022-05-30'),
                       subj='Chủ dự án đầu tư, cơ sở sản xuất, kinh doanh, dịch vụ', post=True, kind='to_chuc'),
    'duong-bo': dict(unit={'province': 'Phòng Quản lý vận tải, phương tiện và người lái - Sở Giao thông vận tải'},
                     legal=['lgtdb'], dec=(123, '2023-03-15'),
                     subj='Cá nhân, tổ chức', post=True, kind='van_tai'),
    'viec-lam': dict(unit={'province': 'Trung tâm Dịch vụ việc làm tỉnh (Sở Nội vụ)'},
                     legal=['lvl', 'nd28', 'tt28ld'], dec=(170, '2025-03-07'),
                     subj='Người lao động', post=True, kind='that_nghiep'),
    'bao-tro-xa-hoi': dict(unit={'commune': CX, 'district': 'Phòng Lao động - Thương binh và Xã hội'},
                           legal=['nd20', 'tt02ld'], dec=(318, '2024-08-12'),
                           subj='Đối tượng bảo trợ xã hội và gia đình của họ', post=False, kind='tro_cap'),
    'nguoi-co-cong': dict(unit={'commune': CX, 'province': 'Phòng Người có công - Sở Nội vụ'},
                          legal=['plncc', 'nd131', 'nd75'], dec=(170, '2025-03-07'),
                          subj='Người có công với cách mạng và thân nhân', post=True, kind='ncc'),
    'giao-duc-va-dao-tao': dict(unit={'district': 'Phòng Giáo dục và Đào tạo',
                                      'province': 'Phòng Khảo thí và Quản lý chất lượng giáo dục - Sở Giáo dục và Đào tạo'},
                                legal=['lgd', 'nd46'], dec=(256, '2023-05-22'),
                                subj='Học sinh, người học, cơ sở giáo dục', post=True, kind='ca_nhan'),
    'kham-benh-chua-benh': dict(unit={'province': 'Phòng Nghiệp vụ Y - Sở Y tế'},
                                legal=['lkcb', 'nd96', 'tt59'], dec=(245, '2024-04-10'),
                                subj='Người hành nghề, cơ sở khám bệnh, chữa bệnh', post=True, kind='hanh_nghe'),
    'duoc-pham': dict(unit={'province': 'Phòng Nghiệp vụ Dược - Sở Y tế'},
                      legal=['lduoc', 'nd54'], dec=(311, '2022-07-05'),
                      subj='Cá nhân, cơ sở kinh doanh dược', post=True, kind='hanh_nghe'),
    'an-toan-thuc-pham': dict(unit={'province': 'Chi cục An toàn vệ sinh thực phẩm'},
                              legal=['lattp', 'nd15tp', 'tt67'], dec=(298, '2022-06-01'),
                              subj='Cơ sở sản xuất, kinh doanh thực phẩm', post=True, kind='attp'),
    'van-hoa': dict(unit={'district': 'Phòng Văn hóa và Thông tin',
                          'province': 'Phòng Quản lý văn hóa - Sở Văn hóa, Thể thao và Du lịch'},
                    legal=[], dec=(466, '2021-09-03'),
                    subj='Tổ chức, cá nhân', post=True, kind='to_chuc'),
    'du-lich': dict(unit={'province': 'Phòng Quản lý du lịch - Sở Văn hóa, Thể thao và Du lịch'},
                    legal=['ldl', 'nd168', 'tt06dl', 'tt33dl'], dec=(466, '2021-09-03'),
                    subj='Tổ chức, cá nhân kinh doanh du lịch; hướng dẫn viên du lịch', post=True, kind='to_chuc'),
    'bao-chi': dict(unit={'province': 'Phòng Thông tin - Báo chí - Xuất bản - Sở Khoa học và Công nghệ'},
                    legal=['lbc', 'tt48bc'], dec=(168, '2025-03-07'),
                    subj='Cơ quan, tổ chức', post=True, kind='xuat_ban'),
    'xuat-ban-in-va-phat-hanh': dict(unit={'province': 'Phòng Thông tin - Báo chí - Xuất bản - Sở Khoa học và Công nghệ'},
                                     legal=['lxb', 'nd195'], dec=(168, '2025-03-07'),
                                     subj='Cơ quan, tổ chức, cá nhân', post=True, kind='xuat_ban'),
    'thong-tin-dien-tu': dict(unit={'province': 'Phòng Bưu chính - Viễn thông - Công nghệ thông tin - Sở Khoa học và Công nghệ'},
                              legal=['nd72'], dec=(168, '2025-03-07'),
                              subj='Tổ chức, doanh nghiệp, hộ kinh doanh', post=True, kind='to_chuc'),
    'hoat-dong-khoa-hoc-va-cong-nghe': dict(unit={'province': 'Phòng Quản lý khoa học - Sở Khoa học và Công nghệ'},
                                            legal=['lkhcn', 'nd08kh'], dec=(268, '2023-05-30'),
                                            subj='Tổ chức khoa học và công nghệ; tổ chức, cá nhân', post=True, kind='to_chuc'),
    'thu-y': dict(unit={'province': 'Chi cục Chăn nuôi và Thú y - Sở Nông nghiệp và Phát triển nông thôn'},
                  leader={'province': 'Chi cục trưởng Chi cục Chăn nuôi và Thú y'},
                  legal=['lty', 'nd35', 'tt101'], dec=(352, '2022-07-18'),
                  subj='Tổ chức, cá nhân chăn nuôi, kinh doanh động vật, sản phẩm động vật', post=True, kind='thu_y'),
    'luu-thong-hang-hoa': dict(unit={'district': 'Phòng Kinh tế (Phòng Kinh tế và Hạ tầng)',
                                     'province': 'Phòng Quản lý thương mại - Sở Công Thương'},
                               leader={'district': 'Trưởng phòng Kinh tế (Phòng Kinh tế và Hạ tầng)'},
                               legal=['ltm', 'tt168'], dec=(512, '2021-11-02'),
                               subj='Thương nhân; hộ kinh doanh, doanh nghiệp', post=True, kind='to_chuc'),
    'thi-dua-khen-thuong': dict(unit={'commune': 'Công chức Văn phòng - Thống kê', 'district': 'Phòng Nội vụ',
                                      'province': 'Ban Thi đua - Khen thưởng (Sở Nội vụ)'},
                                legal=['ltdkt', 'nd98'], dec=(95, '2024-03-06'),
                                subj='Cá nhân, tập thể có thành tích; cơ quan, đơn vị trình khen thưởng', post=True, kind='khen'),
    'tin-nguong-ton-giao': dict(unit={'commune': CX, 'district': 'Phòng Nội vụ',
                                      'province': 'Phòng Quản lý tôn giáo - Sở Dân tộc và Tôn giáo'},
                                legal=['ltntg', 'nd95'], dec=(172, '2025-03-07'),
                                subj='Tổ chức tôn giáo, nhóm người theo tôn giáo; người đại diện cộng đồng dân cư', post=True, kind='ton_giao'),
    'cong-tac-dan-toc': dict(unit={'province': 'Phòng Chính sách dân tộc - Sở Dân tộc và Tôn giáo'},
                             legal=['qd12', 'nd05dt'], dec=(172, '2025-03-07'),
                             subj='Người có uy tín trong đồng bào dân tộc thiểu số; cộng đồng dân cư thôn, làng', post=False, kind='ca_nhan'),
    'giai-quyet-khieu-nai-to-cao': dict(unit={'commune': 'Công chức Tư pháp - Hộ tịch', 'province': 'Phòng Giải quyết khiếu nại, tố cáo - Thanh tra tỉnh'},
                                        legal=['lkn', 'nd124'], dec=(377, '2022-08-09'),
                                        subj='Công dân, cơ quan, tổ chức', post=True, kind='khieu_nai'),
}

# --- the procedure table language ------------------------------------------


def D(name, o=1, c=0, req=True, form=None, case=None, kind=None):
    """A document: name, originals, copies, required, form title, case."""
    return dict(name=name, o=o, c=c, req=req, form=form, case=case, kind=kind)


# Documents many procedures share.
ID = D('Giấy tờ tùy thân của người yêu cầu (hộ chiếu, Căn cước công dân hoặc Căn cước) để xuất trình; không phải xuất trình nếu thông tin đã được khai thác từ Cơ sở dữ liệu quốc gia về dân cư', 1, 0)
UQ = D('Văn bản ủy quyền theo quy định của pháp luật (trường hợp ủy quyền thực hiện thủ tục)', 1, 0, req=False)
GTPL = D('Bản sao giấy tờ pháp lý của cá nhân đối với người đại diện theo pháp luật của doanh nghiệp', 0, 1)

PROCS = []


def P(field, code, name, lv, t, **k):
    """One procedure: field slug, national code, name, online service level
    (2018 scheme), time limit in person (days, or 'Nh' for working hours),
    then the specific attributes (see build_proc)."""
    PROCS.append(dict(field=field, code=code, name=name, lv=lv, t=t, **k))


# ===== Hộ tịch ==============================================================
HT_FEE_NOTE = 'Mức lệ phí theo Nghị quyết của Hội đồng nhân dân tỉnh Kon Tum; miễn lệ phí cho người thuộc gia đình có công với cách mạng, người thuộc hộ nghèo, người khuyết tật.'

P('ho-tich', '1.001193', 'Đăng ký khai sinh', 4, '4h', impl=['XA'], tol=1,
  subj='Cha, mẹ của trẻ em; ông, bà hoặc người thân thích khác; cá nhân, tổ chức đang nuôi dưỡng trẻ em',
  note='Miễn lệ phí đăng ký khai sinh đúng hạn (trong 60 ngày kể từ ngày sinh).',
  cond='Cha, mẹ có trách nhiệm đăng ký khai sinh cho con trong thời hạn 60 ngày kể từ ngày sinh con; trường hợp cha, mẹ không thể đăng ký khai sinh thì ông, bà hoặc người thân thích khác hoặc cá nhân, tổ chức đang nuôi dưỡng trẻ em có trách nhiệm đăng ký khai sinh. Trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo.',
  cases=[('thong-thuong', 'Trường hợp thông thường'), ('bo-roi', 'Trẻ em bị bỏ rơi'),
         ('mang-thai-ho', 'Trẻ em sinh ra do mang thai hộ')],
  docs=[D('Tờ khai đăng ký khai sinh theo mẫu', form='Tờ khai đăng ký khai sinh'),
        D('Giấy chứng sinh do cơ sở y tế cấp; nếu không có thì văn bản của người làm chứng xác nhận về việc sinh hoặc giấy cam đoan về việc sinh', case='thong-thuong'),
        D('Biên bản xác nhận việc trẻ bị bỏ rơi do Ủy ban nhân dân cấp xã hoặc Công an cấp xã lập', case='bo-roi'),
        D('Văn bản chứng minh việc mang thai hộ theo quy định của pháp luật', case='mang-thai-ho'),
        ID,
        D('Giấy tờ chứng minh quan hệ hôn nhân của cha, mẹ trẻ em (nếu cha, mẹ đã đăng ký kết hôn) để xuất trình', 1, 0, req=False),
        UQ],
  xl=['Công chức tư pháp - hộ tịch kiểm tra thông tin khai sinh, ghi nội dung vào Sổ đăng ký khai sinh và cập nhật vào Cơ sở dữ liệu hộ tịch điện tử để lấy số định danh cá nhân cho trẻ em.'],
  cs=[('bo-roi', 'agency', 'Ủy ban nhân dân cấp xã thông báo trên loa, đài phát thanh trong 07 ngày liên tục để tìm cha, mẹ đẻ của trẻ; hết thời hạn mà không tìm thấy thì tạm giao trẻ cho cá nhân, tổ chức nuôi dưỡng và đăng ký khai sinh.')],
  res='Giấy khai sinh (bản chính) và bản sao trích lục khai sinh nếu người yêu cầu đề nghị; trẻ em được cấp số định danh cá nhân.',
  rs='Giấy khai sinh',
  kw=['giấy khai sinh', 'làm khai sinh cho con', 'khai sinh cho trẻ mới sinh', 'đăng ký khai sinh trực tuyến'],
  rel=['1.004884', '1.001695', '1.000689', '2.000635'], ia=['1.012130'])

P('ho-tich', '1.004884', 'Đăng ký lại khai sinh', 3, 5, impl=['XA'],
  charge=5000, note=HT_FEE_NOTE,
  cond='Việc khai sinh đã được đăng ký tại cơ quan có thẩm quyền của Việt Nam trước ngày 01/01/2016 nhưng Sổ hộ tịch và bản chính Giấy khai sinh đều bị mất. Trường hợp phải xác minh, thời hạn được kéo dài thêm không quá 05 ngày làm việc.',
  docs=[D('Tờ khai đăng ký lại khai sinh theo mẫu, có cam đoan về việc đã đăng ký khai sinh nhưng không lưu giữ được bản chính Giấy khai sinh', form='Tờ khai đăng ký lại khai sinh'),
        D('Bản sao Giấy khai sinh trước đây (nếu có); nếu không có thì bản sao giấy tờ có giá trị thay thế như hộ chiếu, Căn cước công dân, học bạ, văn bằng, sổ bảo hiểm xã hội', 0, 1),
        D('Văn bản xác nhận của cơ quan, đơn vị về các thông tin của người yêu cầu (đối với cán bộ, công chức, viên chức, người đang công tác trong lực lượng vũ trang)', 1, 0, req=False),
        ID],
  xl=['Công chức tư pháp - hộ tịch kiểm tra, xác minh hồ sơ; nếu việc đăng ký lại khai sinh là đúng thì báo cáo Chủ tịch Ủy ban nhân dân cấp xã.'],
  res='Giấy khai sinh (bản chính) có ghi chú "Đăng ký lại".', rs='Giấy khai sinh',
  kw=['làm lại giấy khai sinh', 'mất giấy khai sinh', 'cấp lại giấy khai sinh'],
  rel=['1.001193', '2.000635'])

P('ho-tich', '1.004772', 'Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân', 3, 3, impl=['XA'],
  charge=5000, note=HT_FEE_NOTE,
  subj='Người đã có hồ sơ, giấy tờ cá nhân nhưng chưa được đăng ký khai sinh',
  docs=[D('Tờ khai đăng ký khai sinh theo mẫu', form='Tờ khai đăng ký khai sinh'),
        D('Bản sao toàn bộ hồ sơ, giấy tờ của người cần đăng ký khai sinh (Căn cước công dân, hộ chiếu, học bạ, văn bằng, hồ sơ nhập học, sổ bảo hiểm xã hội)', 0, 1),
        D('Văn bản cam đoan về việc chưa được đăng ký khai sinh', 1, 0), ID],
  xl=['Công chức tư pháp - hộ tịch đối chiếu thông tin với hồ sơ, giấy tờ cá nhân, ghi vào Sổ đăng ký khai sinh và cập nhật Cơ sở dữ liệu hộ tịch điện tử.'],
  res='Giấy khai sinh (bản chính).', rs='Giấy khai sinh',
  kw=['khai sinh muộn', 'chưa có giấy khai sinh'], rel=['1.001193'])

P('ho-tich', '1.000689', 'Đăng ký khai sinh kết hợp nhận cha, mẹ, con', 3, 3, impl=['XA'],
  note='Miễn lệ phí nếu đăng ký khai sinh đúng hạn; việc nhận cha, mẹ, con thu lệ phí theo Nghị quyết của Hội đồng nhân dân tỉnh.',
  subj='Cha hoặc mẹ của trẻ em chưa đăng ký khai sinh',
  docs=[D('Tờ khai đăng ký khai sinh và Tờ khai đăng ký nhận cha, mẹ, con theo mẫu', form='Tờ khai đăng ký khai sinh'),
        D('Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh'),
        D('Văn bản của cơ quan y tế, cơ quan giám định hoặc cơ quan khác có thẩm quyền xác nhận quan hệ cha con hoặc mẹ con; nếu không có thì thư từ, phim ảnh, băng đĩa, đồ dùng chứng minh quan hệ cha con, mẹ con và văn bản cam đoan', 1, 0),
        ID],
  xl=['Công chức tư pháp - hộ tịch niêm yết việc nhận cha, mẹ, con tại trụ sở Ủy ban nhân dân cấp xã trong 03 ngày làm việc, kiểm tra, xác minh và báo cáo Chủ tịch Ủy ban nhân dân cấp xã.'],
  res='Giấy khai sinh và Trích lục đăng ký nhận cha, mẹ, con.', rs='Giấy khai sinh và Trích lục đăng ký nhận cha, mẹ, con',
  kw=['khai sinh nhận cha cho con', 'con ngoài giá thú'], rel=['1.001193', '1.001022'])

P('ho-tich', '1.000894', 'Đăng ký kết hôn', 3, 1, impl=['XA'], tol=1,
  subj='Nam, nữ là công dân Việt Nam cư trú ở trong nước',
  note='Miễn lệ phí đăng ký kết hôn giữa công dân Việt Nam cư trú ở trong nước.',
  cond='Nam từ đủ 20 tuổi trở lên, nữ từ đủ 18 tuổi trở lên; việc kết hôn do nam và nữ tự nguyện quyết định; không bị mất năng lực hành vi dân sự; không thuộc các trường hợp cấm kết hôn theo Luật Hôn nhân và gia đình. Trường hợp cần xác minh, thời hạn giải quyết không quá 05 ngày làm việc.',
  cases=[('noi-thuong-tru', 'Đăng ký tại nơi thường trú của bên nam hoặc bên nữ'),
         ('noi-khac', 'Bên nam hoặc bên nữ không thường trú tại xã nơi đăng ký kết hôn')],
  docs=[D('Tờ khai đăng ký kết hôn theo mẫu (hai bên nam, nữ có thể khai chung một Tờ khai)', form='Tờ khai đăng ký kết hôn'),
        D('Giấy xác nhận tình trạng hôn nhân do Ủy ban nhân dân cấp xã nơi thường trú của bên không thường trú tại xã nơi đăng ký cấp', case='noi-khac'),
        D('Giấy tờ tùy thân của hai bên nam, nữ để xuất trình', 2, 0)],
  xl=['Công chức tư pháp - hộ tịch kiểm tra điều kiện kết hôn; nếu đủ điều kiện thì ghi việc kết hôn vào Sổ đăng ký kết hôn và cập nhật Cơ sở dữ liệu hộ tịch điện tử.'],
  cit='Hai bên nam, nữ cùng có mặt, ký tên vào Sổ đăng ký kết hôn và Giấy chứng nhận kết hôn.',
  gx='Hai bên nam, nữ phải cùng có mặt khi nhận Giấy chứng nhận kết hôn.',
  res='Giấy chứng nhận kết hôn (mỗi bên vợ, chồng được cấp 01 bản chính).', rs='Giấy chứng nhận kết hôn',
  kw=['giấy đăng ký kết hôn', 'đăng ký kết hôn', 'làm giấy kết hôn'], legal=['htich', 'hngd', 'nd123', 'tt04'],
  rel=['1.004873', '1.004746'])

P('ho-tich', '1.004746', 'Đăng ký lại kết hôn', 3, 5, impl=['XA'], charge=5000, note=HT_FEE_NOTE,
  cond='Việc kết hôn đã được đăng ký tại cơ quan có thẩm quyền của Việt Nam trước ngày 01/01/2016 nhưng Sổ hộ tịch và bản chính Giấy chứng nhận kết hôn đều bị mất.',
  docs=[D('Tờ khai đăng ký lại kết hôn theo mẫu', form='Tờ khai đăng ký lại kết hôn'),
        D('Bản sao Giấy chứng nhận kết hôn được cấp trước đây; nếu không có thì giấy tờ, tài liệu khác có nội dung liên quan', 0, 1),
        D('Giấy tờ tùy thân của hai bên nam, nữ để xuất trình', 2, 0)],
  cit='Hai bên nam, nữ cùng có mặt, ký vào Sổ đăng ký kết hôn và Giấy chứng nhận kết hôn.',
  res='Giấy chứng nhận kết hôn có ghi chú "Đăng ký lại".', rs='Giấy chứng nhận kết hôn',
  kw=['mất giấy đăng ký kết hôn', 'làm lại giấy kết hôn'], rel=['1.000894'])

P('ho-tich', '1.000656', 'Đăng ký khai tử', 4, '4h', impl=['XA'], tol=1,
  subj='Vợ, chồng, con, cha, mẹ hoặc người thân thích khác của người chết; cơ quan, tổ chức nơi người chết cư trú',
  note='Miễn lệ phí đăng ký khai tử đúng hạn (trong 15 ngày kể từ ngày có người chết).',
  cond='Trong thời hạn 15 ngày kể từ ngày có người chết thì vợ, chồng hoặc con, cha, mẹ hoặc người thân thích khác của người chết có trách nhiệm đi đăng ký khai tử.',
  docs=[D('Tờ khai đăng ký khai tử theo mẫu', form='Tờ khai đăng ký khai tử'),
        D('Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử do cơ quan có thẩm quyền cấp'),
        ID, UQ],
  xl=['Công chức tư pháp - hộ tịch ghi nội dung khai tử vào Sổ đăng ký khai tử, cập nhật Cơ sở dữ liệu hộ tịch điện tử và thông báo để xóa đăng ký thường trú.'],
  res='Trích lục khai tử (bản chính).', rs='Trích lục khai tử',
  kw=['giấy chứng tử', 'trích lục khai tử', 'báo tử'], rel=['1.005461'], ia=['1.012131'])

P('ho-tich', '1.005461', 'Đăng ký lại khai tử', 3, 5, impl=['XA'], charge=5000, note=HT_FEE_NOTE,
  cond='Việc khai tử đã được đăng ký tại cơ quan có thẩm quyền của Việt Nam trước ngày 01/01/2016 nhưng Sổ hộ tịch và bản chính giấy tờ hộ tịch đều bị mất.',
  docs=[D('Tờ khai đăng ký lại khai tử theo mẫu', form='Tờ khai đăng ký lại khai tử'),
        D('Bản sao Giấy chứng tử trước đây được cấp hợp lệ; nếu không có thì giấy tờ liên quan có nội dung chứng minh sự kiện chết', 0, 1), ID],
  res='Trích lục khai tử có ghi chú "Đăng ký lại".', rs='Trích lục khai tử',
  kw=['mất giấy chứng tử', 'làm lại giấy báo tử'], rel=['1.000656'])

P('ho-tich', '1.001022', 'Đăng ký nhận cha, mẹ, con', 3, 3, impl=['XA'], charge=10000, note=HT_FEE_NOTE,
  subj='Người nhận cha, mẹ, con (cha, mẹ hoặc con đã thành niên)',
  cond='Bên nhận và bên được nhận là cha, mẹ, con còn sống; việc nhận cha, mẹ, con không có tranh chấp. Trường hợp cần xác minh, thời hạn được kéo dài thêm không quá 05 ngày làm việc.',
  docs=[D('Tờ khai đăng ký nhận cha, mẹ, con theo mẫu', form='Tờ khai đăng ký nhận cha, mẹ, con'),
        D('Văn bản của cơ quan y tế, cơ quan giám định hoặc cơ quan có thẩm quyền xác nhận quan hệ cha con hoặc mẹ con; nếu không có thì các tài liệu, chứng cứ chứng minh quan hệ cha con, mẹ con'),
        ID],
  xl=['Công chức tư pháp - hộ tịch niêm yết công khai việc nhận cha, mẹ, con tại trụ sở Ủy ban nhân dân cấp xã trong 03 ngày làm việc liên tục.'],
  cit='Các bên có mặt, ký vào Sổ hộ tịch và Trích lục đăng ký nhận cha, mẹ, con.',
  res='Trích lục đăng ký nhận cha, mẹ, con (bản chính).', rs='Trích lục đăng ký nhận cha, mẹ, con',
  kw=['nhận cha cho con', 'xác nhận cha con', 'nhận con'], legal=['htich', 'hngd', 'nd123', 'tt04'],
  rel=['1.000689', '1.001702'])

P('ho-tich', '1.004859', 'Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch', 3, 3, impl=['XA'],
  charge=15000, note=HT_FEE_NOTE + ' Bổ sung thông tin hộ tịch thực hiện ngay trong ngày.',
  subj='Công dân Việt Nam cư trú ở trong nước (thay đổi, cải chính hộ tịch cho người dưới 14 tuổi; bổ sung thông tin hộ tịch)',
  docs=[D('Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch theo mẫu', form='Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch'),
        D('Giấy tờ liên quan làm căn cứ cho việc thay đổi, cải chính, bổ sung thông tin hộ tịch', 0, 1),
        D('Bản chính giấy tờ hộ tịch cần thay đổi, cải chính, bổ sung để đối chiếu', 1, 0), ID],
  xl=['Công chức tư pháp - hộ tịch kiểm tra căn cứ thay đổi, cải chính, bổ sung; nếu phù hợp thì ghi vào Sổ hộ tịch và cập nhật Cơ sở dữ liệu hộ tịch điện tử.'],
  res='Trích lục thay đổi, cải chính hộ tịch hoặc nội dung bổ sung được ghi vào giấy tờ hộ tịch.', rs='Trích lục thay đổi, cải chính hộ tịch',
  kw=['sửa tên trong giấy khai sinh', 'cải chính hộ tịch', 'đổi tên', 'sai ngày sinh'],
  rel=['1.000547', '2.000635'])

P('ho-tich', '1.004873', 'Cấp Giấy xác nhận tình trạng hôn nhân', 4, 3, impl=['XA'], tol=2,
  charge=5000, ocharge=0, note=HT_FEE_NOTE, onote='Miễn lệ phí khi nộp hồ sơ trực tuyến.',
  subj='Công dân Việt Nam cư trú ở trong nước có yêu cầu xác nhận tình trạng hôn nhân',
  cond='Giấy xác nhận tình trạng hôn nhân có giá trị 06 tháng kể từ ngày cấp và chỉ sử dụng cho mục đích ghi trong Giấy. Trường hợp cần xác minh, thời hạn được kéo dài thêm không quá 20 ngày.',
  docs=[D('Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu', form='Tờ khai cấp Giấy xác nhận tình trạng hôn nhân'),
        D('Giấy tờ chứng minh việc ly hôn hoặc việc vợ, chồng đã chết (trường hợp đã có vợ, chồng nhưng đã ly hôn hoặc người kia đã chết)', 0, 1, req=False),
        D('Giấy xác nhận tình trạng hôn nhân đã được cấp trước đây (trường hợp đề nghị cấp lại để sử dụng vào mục đích khác hoặc do hết hạn)', 1, 0, req=False),
        ID],
  xl=['Công chức tư pháp - hộ tịch tra cứu Cơ sở dữ liệu hộ tịch điện tử, xác minh tình trạng hôn nhân của người yêu cầu tại nơi cư trú trước đây (nếu cần).'],
  res='Giấy xác nhận tình trạng hôn nhân.', rs='Giấy xác nhận tình trạng hôn nhân',
  kw=['giấy xác nhận độc thân', 'xác nhận tình trạng hôn nhân', 'giấy độc thân'], rel=['1.000894', '1.000893'])

P('ho-tich', '2.000635', 'Cấp bản sao trích lục hộ tịch', 4, '4h', impl=['XA', 'HUYEN', TP], tol=1,
  subj='Cá nhân không phụ thuộc vào nơi cư trú; cơ quan nhà nước có yêu cầu',
  fee=8000, note='8.000 đồng/bản sao trích lục; miễn phí cho trẻ em, người cao tuổi, người khuyết tật, người thuộc hộ nghèo, người có công với cách mạng.',
  cases=[('ca-nhan', 'Cá nhân yêu cầu'), ('co-quan', 'Cơ quan nhà nước có thẩm quyền yêu cầu')],
  docs=[D('Tờ khai cấp bản sao trích lục hộ tịch theo mẫu', form='Tờ khai cấp bản sao trích lục hộ tịch', case='ca-nhan'),
        D('Văn bản yêu cầu của cơ quan nhà nước nêu rõ mục đích, lý do cần cấp bản sao trích lục hộ tịch', case='co-quan'),
        ID, UQ],
  xl=['Công chức làm công tác hộ tịch tra cứu Sổ hộ tịch, Cơ sở dữ liệu hộ tịch điện tử và in bản sao trích lục theo yêu cầu.'],
  res='Bản sao trích lục hộ tịch (khai sinh, kết hôn, khai tử... theo yêu cầu).', rs='bản sao trích lục hộ tịch',
  kw=['trích lục khai sinh', 'bản sao giấy khai sinh', 'trích lục kết hôn', 'xin bản sao khai sinh'],
  legal=['htich', 'nd123', 'tt04', 'tt281'], rel=['1.001193', '1.000894', '1.000656'])

P('ho-tich', '1.004837', 'Đăng ký giám hộ', 3, 3, impl=['XA'],
  subj='Người giám hộ (cử, chỉ định theo Bộ luật Dân sự) của người chưa thành niên, người mất năng lực hành vi dân sự',
  note='Miễn lệ phí đăng ký giám hộ.',
  docs=[D('Tờ khai đăng ký giám hộ theo mẫu', form='Tờ khai đăng ký giám hộ'),
        D('Văn bản cử người giám hộ theo quy định của Bộ luật Dân sự (giám hộ cử) hoặc giấy tờ chứng minh điều kiện giám hộ đương nhiên', 1, 0), ID],
  cit='Người giám hộ và người cử giám hộ có mặt, ký vào Sổ đăng ký giám hộ.',
  res='Trích lục đăng ký giám hộ.', rs='Trích lục đăng ký giám hộ',
  kw=['giám hộ trẻ em', 'người giám hộ'], rel=['1.004845'])

P('ho-tich', '1.004845', 'Đăng ký chấm dứt giám hộ', 3, 2, impl=['XA'], charge=5000, note=HT_FEE_NOTE,
  docs=[D('Tờ khai đăng ký chấm dứt giám hộ theo mẫu', form='Tờ khai đăng ký chấm dứt giám hộ'),
        D('Giấy tờ làm căn cứ chấm dứt việc giám hộ theo quy định của Bộ luật Dân sự', 0, 1), ID],
  res='Trích lục đăng ký chấm dứt giám hộ.', rs='Trích lục đăng ký chấm dứt giám hộ',
  kw=['chấm dứt giám hộ', 'thôi làm người giám hộ'], rel=['1.004837'])

P('ho-tich', '1.012130', 'Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi', 4, 5,
  impl=['XA'], dec=(540, '2024-08-22'),
  subj='Cha, mẹ hoặc người đăng ký khai sinh cho trẻ em dưới 6 tuổi',
  note='Không thu lệ phí đăng ký khai sinh đúng hạn và không thu phí cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi; lệ phí đăng ký thường trú (nếu có) theo quy định của Hội đồng nhân dân tỉnh.',
  docs=[D('Tờ khai liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế theo mẫu', form='Tờ khai liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế'),
        D('Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh', 1, 0),
        D('Văn bản đồng ý cho đăng ký thường trú của chủ hộ, chủ sở hữu chỗ ở hợp pháp (trường hợp trẻ em không đăng ký thường trú cùng nơi cư trú của cha, mẹ)', 1, 0, req=False),
        UQ],
  xl=['Ủy ban nhân dân cấp xã đăng ký khai sinh, cấp số định danh cá nhân cho trẻ em và chuyển dữ liệu điện tử đến Công an cấp xã để đăng ký thường trú, đến cơ quan Bảo hiểm xã hội để cấp thẻ bảo hiểm y tế.',
      'Công an cấp xã và cơ quan Bảo hiểm xã hội giải quyết phần việc của mình và trả kết quả về hệ thống liên thông.'],
  res='Giấy khai sinh; thông báo kết quả đăng ký thường trú; thẻ bảo hiểm y tế của trẻ em (bản điện tử, có thể nhận bản giấy qua bưu chính).',
  rs='Giấy khai sinh, kết quả đăng ký thường trú và thẻ bảo hiểm y tế', sign='Giấy khai sinh',
  kw=['liên thông khai sinh', 'làm khai sinh và bảo hiểm y tế cho con', 'thẻ bảo hiểm y tế trẻ em', 'nhập hộ khẩu cho con'],
  legal=['htich', 'cutru', 'bhyt', 'nd63'], ia=['1.001193'])

P('ho-tich', '1.012131', 'Liên thông thủ tục hành chính về đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất', 4, 7,
  impl=['XA'], dec=(540, '2024-08-22'), sign='Trích lục khai tử',
  subj='Thân nhân của người chết; cơ quan, tổ chức, cá nhân lo mai táng',
  note='Không thu lệ phí đăng ký khai tử đúng hạn và lệ phí xóa đăng ký thường trú.',
  docs=[D('Tờ khai liên thông đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất theo mẫu', form='Tờ khai liên thông đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất'),
        D('Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử'),
        D('Giấy tờ chứng minh người chết thuộc đối tượng hưởng mai táng phí, trợ cấp tuất (nếu thông tin chưa có trong cơ sở dữ liệu)', 0, 1, req=False),
        D('Số tài khoản ngân hàng của người nhận mai táng phí, trợ cấp (nếu đề nghị nhận qua tài khoản)', 1, 0, req=False)],
  xl=['Ủy ban nhân dân cấp xã đăng ký khai tử và chuyển dữ liệu đến Công an cấp xã để xóa đăng ký thường trú, đến cơ quan Bảo hiểm xã hội hoặc Sở Nội vụ để giải quyết mai táng phí, tử tuất.',
      'Các cơ quan liên thông giải quyết phần việc của mình và trả kết quả về hệ thống liên thông.'],
  res='Trích lục khai tử; thông báo xóa đăng ký thường trú; quyết định hưởng mai táng phí, trợ cấp tuất (nếu đủ điều kiện).',
  rs='Trích lục khai tử và các quyết định liên thông',
  kw=['liên thông khai tử', 'mai táng phí', 'tiền tuất', 'xóa hộ khẩu người mất'],
  legal=['htich', 'cutru', 'nd63'], ia=['1.000656', '1.001776', '1.010822'])

# district level
P('ho-tich', '1.001695', 'Đăng ký khai sinh có yếu tố nước ngoài', 3, 1, impl=['HUYEN'],
  subj='Cha, mẹ của trẻ em khi trẻ em có cha hoặc mẹ là người nước ngoài, người không quốc tịch, công dân Việt Nam định cư ở nước ngoài; trẻ em sinh ra ở nước ngoài chưa được đăng ký khai sinh về cư trú tại Việt Nam',
  charge=75000, note='Mức lệ phí theo Nghị quyết của Hội đồng nhân dân tỉnh Kon Tum; miễn lệ phí cho trẻ em thuộc gia đình có công với cách mạng, hộ nghèo.',
  docs=[D('Tờ khai đăng ký khai sinh theo mẫu', form='Tờ khai đăng ký khai sinh'),
        D('Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh'),
        D('Văn bản thỏa thuận của cha, mẹ về việc chọn quốc tịch cho con (trường hợp cha hoặc mẹ là người nước ngoài) có xác nhận của cơ quan có thẩm quyền của nước mà người đó là công dân', 1, 0),
        D('Hộ chiếu hoặc giấy tờ có giá trị thay thế hộ chiếu của cha, mẹ là người nước ngoài để xuất trình', 1, 0), ID],
  xl=['Phòng Tư pháp kiểm tra hồ sơ, báo cáo Chủ tịch Ủy ban nhân dân cấp huyện; ghi nội dung khai sinh vào Sổ hộ tịch và cập nhật Cơ sở dữ liệu hộ tịch điện tử.'],
  res='Giấy khai sinh (bản chính).', rs='Giấy khai sinh',
  kw=['khai sinh cho con có cha mẹ nước ngoài', 'khai sinh yếu tố nước ngoài', 'con lai'],
  legal=['htich', 'nd123', 'tt04', 'quoctich'], rel=['1.001193', '1.000893'])

P('ho-tich', '1.000893', 'Đăng ký kết hôn có yếu tố nước ngoài', 3, 15, impl=['HUYEN'],
  subj='Công dân Việt Nam kết hôn với người nước ngoài; công dân Việt Nam cư trú ở trong nước kết hôn với công dân Việt Nam định cư ở nước ngoài',
  charge=1000000, note='Mức lệ phí theo Nghị quyết của Hội đồng nhân dân tỉnh Kon Tum.',
  cond='Hai bên có đủ điều kiện kết hôn theo Luật Hôn nhân và gia đình Việt Nam và pháp luật của nước mà người nước ngoài là công dân.',
  docs=[D('Tờ khai đăng ký kết hôn theo mẫu', form='Tờ khai đăng ký kết hôn'),
        D('Giấy tờ chứng minh tình trạng hôn nhân của người nước ngoài do cơ quan có thẩm quyền của nước mà người đó là công dân cấp (còn giá trị sử dụng)'),
        D('Giấy xác nhận của tổ chức y tế có thẩm quyền xác nhận người đó không mắc bệnh tâm thần hoặc bệnh khác mà không có khả năng nhận thức, làm chủ được hành vi của mình', 2, 0),
        D('Bản sao hộ chiếu hoặc giấy tờ có giá trị thay thế hộ chiếu của người nước ngoài', 0, 1)],
  xl=['Phòng Tư pháp nghiên cứu, thẩm định hồ sơ, xác minh làm rõ (nếu cần) và báo cáo Chủ tịch Ủy ban nhân dân cấp huyện.'],
  cit='Hai bên nam, nữ có mặt tại trụ sở Ủy ban nhân dân cấp huyện trong thời hạn 60 ngày kể từ ngày Chủ tịch Ủy ban nhân dân cấp huyện ký Giấy chứng nhận kết hôn để ký vào Sổ và nhận Giấy chứng nhận.',
  res='Giấy chứng nhận kết hôn (mỗi bên 01 bản chính).', rs='Giấy chứng nhận kết hôn',
  kw=['kết hôn với người nước ngoài', 'đăng ký kết hôn có yếu tố nước ngoài'],
  legal=['htich', 'hngd', 'nd123', 'tt04'], rel=['1.000894', '1.004873'])

P('ho-tich', '1.001766', 'Đăng ký khai tử có yếu tố nước ngoài', 3, 1, impl=['HUYEN'],
  subj='Thân nhân của người nước ngoài hoặc công dân Việt Nam định cư ở nước ngoài chết tại Việt Nam',
  note='Miễn lệ phí đối với việc khai tử đúng hạn.',
  docs=[D('Tờ khai đăng ký khai tử theo mẫu', form='Tờ khai đăng ký khai tử'),
        D('Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử do cơ quan có thẩm quyền cấp'),
        D('Hộ chiếu hoặc giấy tờ thay thế của người chết (nếu có)', 0, 1, req=False), ID],
  res='Trích lục khai tử (bản chính).', rs='Trích lục khai tử',
  kw=['khai tử người nước ngoài', 'người nước ngoài chết tại Việt Nam'], rel=['1.000656'])

P('ho-tich', '1.001702', 'Đăng ký nhận cha, mẹ, con có yếu tố nước ngoài', 3, 15, impl=['HUYEN'],
  charge=1000000, note='Mức lệ phí theo Nghị quyết của Hội đồng nhân dân tỉnh Kon Tum.',
  docs=[D('Tờ khai đăng ký nhận cha, mẹ, con theo mẫu', form='Tờ khai đăng ký nhận cha, mẹ, con'),
        D('Văn bản của cơ quan y tế, cơ quan giám định hoặc cơ quan có thẩm quyền trong nước hoặc nước ngoài xác nhận quan hệ cha con, mẹ con'),
        D('Bản sao hộ chiếu hoặc giấy tờ có giá trị thay thế hộ chiếu của bên là người nước ngoài', 0, 1)],
  xl=['Phòng Tư pháp niêm yết việc nhận cha, mẹ, con tại trụ sở trong 07 ngày liên tục, đề nghị Ủy ban nhân dân cấp xã nơi thường trú của người được nhận niêm yết, xác minh (nếu cần).'],
  cit='Các bên có mặt, ký vào Sổ hộ tịch và Trích lục đăng ký nhận cha, mẹ, con.',
  res='Trích lục đăng ký nhận cha, mẹ, con.', rs='Trích lục đăng ký nhận cha, mẹ, con',
  kw=['nhận con với người nước ngoài', 'nhận cha, mẹ, con có yếu tố nước ngoài'], rel=['1.001022'])

P('ho-tich', '1.000547', 'Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc (cấp huyện)', 3, 3, impl=['HUYEN'],
  subj='Công dân Việt Nam từ đủ 14 tuổi trở lên cư trú ở trong nước; trường hợp có yếu tố nước ngoài',
  charge=25000, note=HT_FEE_NOTE,
  docs=[D('Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch theo mẫu', form='Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch'),
        D('Giấy tờ liên quan làm căn cứ cho việc thay đổi, cải chính hộ tịch, xác định lại dân tộc', 0, 1), ID],
  res='Trích lục thay đổi, cải chính hộ tịch, xác định lại dân tộc.', rs='Trích lục thay đổi, cải chính hộ tịch',
  kw=['cải chính hộ tịch trên 14 tuổi', 'xác định lại dân tộc', 'đổi dân tộc'], rel=['1.004859'])

P('ho-tich', '1.000806', 'Ghi vào Sổ hộ tịch việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài', 3, 5, impl=['HUYEN'],
  charge=75000, note=HT_FEE_NOTE,
  docs=[D('Tờ khai ghi chú kết hôn theo mẫu', form='Tờ khai ghi chú kết hôn'),
        D('Bản sao giấy tờ chứng nhận việc kết hôn do cơ quan có thẩm quyền của nước ngoài cấp, đã được hợp pháp hóa lãnh sự và dịch sang tiếng Việt', 0, 1), ID],
  res='Trích lục ghi chú kết hôn.', rs='Trích lục ghi chú kết hôn',
  kw=['ghi chú kết hôn', 'kết hôn ở nước ngoài'], rel=['1.000893'])

# ===== Chứng thực ===========================================================
CT_PAGE = '2.000 đồng/trang; từ trang thứ ba trở lên thu 1.000 đồng/trang, tối đa không quá 200.000 đồng/bản; trang là căn cứ để thu phí được tính theo trang của bản chính.'

P('chung-thuc', '2.000815', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận', 3, '4h',
  impl=['XA', 'HUYEN'], fee=2000, note=CT_PAGE,
  cases=[('ban-giay', 'Chứng thực bản sao giấy'), ('ban-dien-tu', 'Chứng thực bản sao điện tử từ bản chính')],
  cond='Bản chính không thuộc các trường hợp không được dùng làm cơ sở chứng thực bản sao (bị tẩy xóa, sửa chữa, hư hỏng, cũ nát không xác định được nội dung; có nội dung trái pháp luật; đóng dấu mật...). Trường hợp nhận yêu cầu sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo.',
  docs=[D('Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao', 1, 0),
        D('Bản sao cần chứng thực (nếu người yêu cầu chỉ xuất trình bản chính thì cơ quan chứng thực chụp từ bản chính)', 0, 1, case='ban-giay'),
        D('Tệp bản chụp điện tử của giấy tờ cần chứng thực (nộp qua Cổng Dịch vụ công khi chứng thực bản sao điện tử)', 0, 1, case='ban-dien-tu')],
  xl=['Người thực hiện chứng thực kiểm tra bản chính, đối chiếu với bản sao; nếu nội dung bản sao đúng với bản chính thì ghi lời chứng, ký, ghi rõ họ tên, đóng dấu và ghi vào sổ chứng thực.'],
  cs=[('ban-dien-tu', 'agency', 'Cơ quan chứng thực ký số vào bản sao điện tử và trả bản sao điện tử có chứng thực vào tài khoản của người yêu cầu trên Cổng.')],
  res='Bản sao có chứng thực (bản giấy hoặc bản sao điện tử được chứng thực).', rs='bản sao có chứng thực',
  kw=['sao y bản chính', 'công chứng bản sao', 'chứng thực bản sao', 'photo công chứng'],
  legal=['nd23', 'tt01tp', 'tt226', 'nd45'], rel=['2.000908', '2.001044', '2.000884'])

P('chung-thuc', '2.000884', 'Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)', 2, '4h',
  impl=['XA', 'HUYEN'], fee=10000, note='10.000 đồng/trường hợp (trường hợp được hiểu là một hoặc nhiều chữ ký trong cùng một giấy tờ, văn bản).',
  cond='Người yêu cầu chứng thực phải ký trước mặt người thực hiện chứng thực; giấy tờ, văn bản không có nội dung trái pháp luật, đạo đức xã hội.',
  docs=[D('Giấy tờ tùy thân còn giá trị sử dụng của người yêu cầu chứng thực để xuất trình', 1, 0),
        D('Giấy tờ, văn bản mà mình sẽ ký', 1, 0)],
  xl=['Người thực hiện chứng thực kiểm tra giấy tờ; người yêu cầu ký trước mặt người thực hiện chứng thực; người thực hiện chứng thực ghi lời chứng, ký, đóng dấu và ghi vào sổ chứng thực.'],
  res='Giấy tờ, văn bản được chứng thực chữ ký.', rs='lời chứng chứng thực chữ ký',
  kw=['chứng thực chữ ký', 'xác nhận chữ ký', 'ký xác nhận giấy tờ'], rel=['2.000815', '2.001035'])

P('chung-thuc', '2.001035', 'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở', 2, 2,
  impl=['XA'], fee=50000, note='50.000 đồng/hợp đồng, giao dịch.',
  subj='Cá nhân, tổ chức tham gia hợp đồng, giao dịch',
  docs=[D('Phiếu yêu cầu chứng thực hợp đồng, giao dịch theo mẫu', form='Phiếu yêu cầu chứng thực hợp đồng, giao dịch'),
        D('Dự thảo hợp đồng, giao dịch', 1, 0),
        D('Bản sao giấy tờ tùy thân của người yêu cầu chứng thực', 0, 1),
        D('Bản sao Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở hoặc giấy tờ thay thế (trường hợp hợp đồng liên quan đến bất động sản); giấy đăng ký (trường hợp động sản phải đăng ký)', 0, 1)],
  xl=['Người thực hiện chứng thực kiểm tra giấy tờ, năng lực hành vi dân sự và sự tự nguyện của các bên; các bên ký trước mặt người thực hiện chứng thực.'],
  res='Hợp đồng, giao dịch được chứng thực.', rs='lời chứng của hợp đồng, giao dịch',
  kw=['chứng thực hợp đồng mua bán đất', 'hợp đồng tặng cho', 'chứng thực hợp đồng'], rel=['2.001050', '2.001019'])

P('chung-thuc', '2.001050', 'Chứng thực di chúc', 2, 2, impl=['XA'], fee=50000, note='50.000 đồng/di chúc.',
  subj='Người lập di chúc',
  cond='Người lập di chúc phải tự mình yêu cầu chứng thực, không được ủy quyền; minh mẫn, sáng suốt, không bị lừa dối, đe dọa, cưỡng ép.',
  docs=[D('Phiếu yêu cầu chứng thực hợp đồng, giao dịch theo mẫu', form='Phiếu yêu cầu chứng thực hợp đồng, giao dịch'),
        D('Dự thảo di chúc', 1, 0),
        D('Bản sao giấy tờ tùy thân của người lập di chúc', 0, 1),
        D('Bản sao giấy chứng nhận quyền sở hữu, quyền sử dụng tài sản (trường hợp di chúc liên quan đến tài sản phải đăng ký)', 0, 1, req=False)],
  res='Di chúc được chứng thực.', rs='lời chứng của di chúc',
  kw=['làm di chúc', 'chứng thực di chúc'], rel=['2.001019'])

P('chung-thuc', '2.001019', 'Chứng thực văn bản thỏa thuận phân chia di sản mà di sản là động sản, quyền sử dụng đất, nhà ở', 2, 2, impl=['XA'],
  fee=50000, note='50.000 đồng/văn bản.', subj='Những người thừa kế',
  docs=[D('Phiếu yêu cầu chứng thực hợp đồng, giao dịch theo mẫu', form='Phiếu yêu cầu chứng thực hợp đồng, giao dịch'),
        D('Dự thảo văn bản thỏa thuận phân chia di sản', 1, 0),
        D('Bản sao giấy chứng tử hoặc giấy tờ chứng minh người để lại di sản đã chết', 0, 1),
        D('Bản sao giấy tờ chứng minh quan hệ giữa người để lại di sản và người được hưởng di sản', 0, 1),
        D('Bản sao giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở hoặc giấy tờ về tài sản là di sản', 0, 1)],
  xl=['Người thực hiện chứng thực kiểm tra quyền thừa kế, niêm yết việc thỏa thuận phân chia di sản tại trụ sở Ủy ban nhân dân cấp xã nơi có bất động sản trong 15 ngày (trường hợp di sản là quyền sử dụng đất, nhà ở).'],
  res='Văn bản thỏa thuận phân chia di sản được chứng thực.', rs='lời chứng của văn bản thỏa thuận phân chia di sản',
  kw=['phân chia di sản thừa kế', 'khai nhận di sản'], rel=['2.001050'])

P('chung-thuc', '2.001016', 'Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch', 2, 2, impl=['XA'],
  fee=30000, note='30.000 đồng/hợp đồng, giao dịch.', subj='Các bên tham gia hợp đồng, giao dịch đã được chứng thực',
  docs=[D('Phiếu yêu cầu chứng thực hợp đồng, giao dịch theo mẫu', form='Phiếu yêu cầu chứng thực hợp đồng, giao dịch'),
        D('Dự thảo hợp đồng, giao dịch sửa đổi, bổ sung, hủy bỏ', 1, 0),
        D('Bản sao hợp đồng, giao dịch đã được chứng thực', 0, 1)],
  res='Văn bản sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch được chứng thực.', rs='lời chứng',
  kw=['hủy hợp đồng đã chứng thực', 'sửa đổi hợp đồng'], rel=['2.001035'])

P('chung-thuc', '2.001044', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của nước ngoài; cơ quan, tổ chức có thẩm quyền của Việt Nam liên kết với cơ quan, tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận', 3, '4h',
  impl=['HUYEN'], fee=2000, note=CT_PAGE,
  cond='Giấy tờ do cơ quan có thẩm quyền của nước ngoài cấp phải được hợp pháp hóa lãnh sự, trừ trường hợp được miễn theo điều ước quốc tế.',
  docs=[D('Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao (đã được hợp pháp hóa lãnh sự, trừ trường hợp được miễn)', 1, 0),
        D('Bản sao cần chứng thực', 0, 1)],
  res='Bản sao có chứng thực.', rs='bản sao có chứng thực',
  kw=['chứng thực bằng nước ngoài', 'sao y giấy tờ nước ngoài'], rel=['2.000815', '2.000992'])

P('chung-thuc', '2.000992', 'Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật của Phòng Tư pháp', 2, '4h',
  impl=['HUYEN'], fee=10000, note='10.000 đồng/trường hợp, chưa bao gồm thù lao dịch thuật theo thỏa thuận.',
  subj='Người yêu cầu dịch giấy tờ, văn bản; cộng tác viên dịch thuật',
  docs=[D('Bản dịch đính kèm giấy tờ, văn bản cần dịch', 1, 0),
        D('Giấy tờ tùy thân của người dịch (cộng tác viên) để xuất trình', 1, 0)],
  res='Bản dịch được chứng thực chữ ký người dịch.', rs='lời chứng chữ ký người dịch',
  kw=['dịch thuật công chứng', 'chứng thực bản dịch'], rel=['2.001044'])

P('chung-thuc', '2.000908', 'Cấp bản sao từ sổ gốc', 3, '4h', impl=['XA', 'HUYEN'],
  subj='Người được cấp bản chính; cha, mẹ, con, vợ, chồng, anh chị em ruột, người thừa kế của người được cấp bản chính (trường hợp người đó đã chết)',
  docs=[D('Giấy tờ tùy thân của người yêu cầu để xuất trình', 1, 0),
        D('Giấy tờ chứng minh quan hệ với người được cấp bản chính (trường hợp người yêu cầu không phải là người được cấp bản chính)', 0, 1, req=False)],
  xl=['Cơ quan đang quản lý sổ gốc đối chiếu với sổ gốc, cấp bản sao theo yêu cầu.'],
  res='Bản sao từ sổ gốc.', rs='bản sao từ sổ gốc',
  kw=['bản sao từ sổ gốc', 'xin bản sao giấy tờ đã mất'], rel=['2.000815'])

# ===== Lý lịch tư pháp, quốc tịch, công chứng, trợ giúp pháp lý, con nuôi ====

P('ly-lich-tu-phap', '2.000488', 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam', 4, 10, pay='return',
  impl=[TP], tol=10,
  fee=200000, note='200.000 đồng/lần/người; sinh viên, người có công với cách mạng, thân nhân liệt sĩ: 100.000 đồng/lần/người; miễn phí cho trẻ em, người cao tuổi, người khuyết tật, người thuộc hộ nghèo, người cư trú tại xã đặc biệt khó khăn, đồng bào dân tộc thiểu số ở xã có điều kiện kinh tế - xã hội đặc biệt khó khăn; từ Phiếu thứ 3 trở đi thu thêm 5.000 đồng/Phiếu.',
  cond='Trường hợp người được cấp Phiếu là công dân Việt Nam đã cư trú ở nhiều nơi hoặc có thời gian cư trú ở nước ngoài, người nước ngoài, hoặc trường hợp phải xác minh về điều kiện đương nhiên được xóa án tích thì thời hạn không quá 15 ngày.',
  cases=[('ca-nhan', 'Cá nhân trực tiếp yêu cầu'), ('uy-quyen', 'Ủy quyền cho người khác làm thủ tục (chỉ áp dụng với Phiếu lý lịch tư pháp số 1)'),
         ('uu-dai', 'Sinh viên, người có công với cách mạng, thân nhân liệt sĩ (giảm 50% phí)', 100000)],
  ex=['Trẻ em', 'Người cao tuổi', 'Người khuyết tật', 'Người thuộc hộ nghèo',
      'Người cư trú tại xã đặc biệt khó khăn',
      'Đồng bào dân tộc thiểu số ở xã có điều kiện kinh tế - xã hội đặc biệt khó khăn'],
  docs=[D('Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp theo mẫu', form='Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp'),
        D('Bản chụp giấy tờ tùy thân (Căn cước công dân, Căn cước hoặc hộ chiếu) của người được cấp Phiếu', 0, 1),
        D('Văn bản ủy quyền theo quy định của pháp luật dân sự (không cần nếu người được ủy quyền là cha, mẹ, vợ, chồng, con của người ủy quyền)', 1, 0, case='uy-quyen'),
        D('Bản chụp giấy tờ tùy thân của người được ủy quyền', 0, 1, case='uy-quyen'),
        D('Giấy tờ chứng minh thuộc đối tượng được miễn, giảm phí (nếu có)', 0, 1, req=False)],
  xl=['Sở Tư pháp tra cứu thông tin lý lịch tư pháp trong cơ sở dữ liệu; gửi yêu cầu xác minh đến Công an tỉnh, Tòa án, cơ quan thi hành án và các cơ quan có liên quan trong trường hợp cần thiết.'],
  res='Phiếu lý lịch tư pháp số 1 hoặc số 2 (bản giấy hoặc bản điện tử).', rs='Phiếu lý lịch tư pháp',
  kw=['lý lịch tư pháp', 'phiếu lý lịch tư pháp số 1', 'xin lý lịch tư pháp online', 'xác nhận không tiền án'],
  rel=['2.000505'])

P('ly-lich-tu-phap', '2.000505', 'Cấp Phiếu lý lịch tư pháp cho cơ quan nhà nước, tổ chức chính trị, tổ chức chính trị - xã hội (đối tượng là cơ quan, tổ chức)', 2, 10,
  impl=[TP], post=True, subj='Cơ quan nhà nước, tổ chức chính trị, tổ chức chính trị - xã hội',
  cond='Văn bản yêu cầu ghi rõ địa chỉ cơ quan, tổ chức, mục đích sử dụng Phiếu lý lịch tư pháp và thông tin về người được cấp Phiếu.',
  docs=[D('Văn bản yêu cầu cấp Phiếu lý lịch tư pháp theo mẫu', form='Văn bản yêu cầu cấp Phiếu lý lịch tư pháp'),
        D('Thông tin về người được cấp Phiếu (họ tên, ngày sinh, nơi cư trú, số định danh cá nhân)', 1, 0)],
  res='Phiếu lý lịch tư pháp số 1 gửi cơ quan, tổ chức yêu cầu.', rs='Phiếu lý lịch tư pháp',
  kw=['cơ quan xin lý lịch tư pháp', 'lý lịch tư pháp tuyển dụng'], rel=['2.000488'])

P('quoc-tich', '1.001940', 'Xác nhận có quốc tịch Việt Nam ở trong nước', 3, 5, impl=[TP],
  fee=100000, note='100.000 đồng/trường hợp.',
  docs=[D('Tờ khai đề nghị xác nhận có quốc tịch Việt Nam theo mẫu', form='Tờ khai đề nghị xác nhận có quốc tịch Việt Nam'),
        D('Bản sao giấy tờ chứng minh nhân thân (giấy tờ tùy thân, giấy khai sinh)', 0, 1),
        D('Bản sao giấy tờ làm căn cứ xác định có quốc tịch Việt Nam (Giấy chứng nhận có quốc tịch Việt Nam, quyết định cho nhập quốc tịch...)', 0, 1)],
  xl=['Sở Tư pháp tra cứu thông tin, hồ sơ về quốc tịch; trường hợp chưa đủ căn cứ thì đề nghị Công an tỉnh và Bộ Tư pháp xác minh.'],
  res='Giấy xác nhận có quốc tịch Việt Nam hoặc văn bản thông báo lý do không xác nhận được.', rs='Giấy xác nhận có quốc tịch Việt Nam',
  kw=['xác nhận quốc tịch', 'giấy xác nhận có quốc tịch Việt Nam'], rel=['1.001955'])

P('quoc-tich', '1.001955', 'Cấp Giấy xác nhận là người gốc Việt Nam ở trong nước', 2, 10, impl=[TP],
  fee=100000, note='100.000 đồng/trường hợp.', subj='Người đã từng có quốc tịch Việt Nam mà khi sinh ra quốc tịch được xác định theo nguyên tắc huyết thống và con, cháu của họ',
  docs=[D('Tờ khai đề nghị xác nhận là người gốc Việt Nam theo mẫu', form='Tờ khai đề nghị xác nhận là người gốc Việt Nam'),
        D('Bản sao hộ chiếu hoặc giấy tờ thay thế hộ chiếu', 0, 1),
        D('Bản sao giấy tờ chứng minh đã từng có quốc tịch Việt Nam của bản thân hoặc của cha, mẹ, ông, bà', 0, 1)],
  res='Giấy xác nhận là người gốc Việt Nam.', rs='Giấy xác nhận là người gốc Việt Nam',
  kw=['người gốc Việt', 'xác nhận gốc Việt Nam'], rel=['1.001940'])

P('cong-chung', '1.001665', 'Đăng ký hành nghề và cấp Thẻ công chứng viên', 3, 10, impl=[TP],
  subj='Công chứng viên đã được bổ nhiệm',
  docs=[D('Giấy đề nghị đăng ký hành nghề và cấp Thẻ công chứng viên của tổ chức hành nghề công chứng theo mẫu', form='Giấy đề nghị đăng ký hành nghề và cấp Thẻ công chứng viên'),
        D('Bản sao quyết định bổ nhiệm công chứng viên', 0, 1),
        D('Giấy tờ chứng minh là thành viên hợp danh của Văn phòng công chứng hoặc hợp đồng lao động với tổ chức hành nghề công chứng', 0, 1),
        D('02 ảnh chân dung cỡ 2cm x 3cm (ảnh chụp không quá 06 tháng trước ngày nộp hồ sơ)', 2, 0)],
  res='Thẻ công chứng viên; công chứng viên được ghi tên vào danh sách đăng ký hành nghề công chứng.', rs='Thẻ công chứng viên',
  kw=['thẻ công chứng viên', 'đăng ký hành nghề công chứng'], rel=['1.001677'])

P('cong-chung', '1.001688', 'Thành lập Văn phòng công chứng', 2, 20, impl=[TP], comp=[TINH],
  fee=1000000, note='Phí thẩm định điều kiện hoạt động Văn phòng công chứng: 1.000.000 đồng/hồ sơ.',
  subj='Công chứng viên thành lập Văn phòng công chứng',
  cond='Việc thành lập Văn phòng công chứng phải phù hợp với quy hoạch tổng thể phát triển tổ chức hành nghề công chứng; có ít nhất 02 công chứng viên hợp danh (đối với loại hình công ty hợp danh).',
  docs=[D('Đơn đề nghị thành lập Văn phòng công chứng theo mẫu', form='Đơn đề nghị thành lập Văn phòng công chứng'),
        D('Đề án thành lập Văn phòng công chứng nêu rõ sự cần thiết, tên gọi, địa điểm đặt trụ sở, các điều kiện bảo đảm hoạt động và kế hoạch triển khai', 1, 0),
        D('Bản sao quyết định bổ nhiệm công chứng viên của các công chứng viên thành lập', 0, 1)],
  xl=['Sở Tư pháp thẩm định hồ sơ, trình Ủy ban nhân dân tỉnh xem xét, quyết định.'],
  res='Quyết định cho phép thành lập Văn phòng công chứng của Ủy ban nhân dân tỉnh.', rs='Quyết định cho phép thành lập Văn phòng công chứng',
  kw=['mở văn phòng công chứng', 'thành lập văn phòng công chứng'], rel=['1.001677'])

P('cong-chung', '1.001677', 'Đăng ký hoạt động Văn phòng công chứng', 3, 10, impl=[TP],
  subj='Văn phòng công chứng đã có quyết định cho phép thành lập',
  cond='Văn phòng công chứng phải đăng ký hoạt động trong thời hạn 90 ngày kể từ ngày có quyết định cho phép thành lập.',
  docs=[D('Đơn đăng ký hoạt động Văn phòng công chứng theo mẫu', form='Đơn đăng ký hoạt động Văn phòng công chứng'),
        D('Giấy tờ chứng minh về trụ sở của Văn phòng công chứng', 0, 1),
        D('Hồ sơ đề nghị đăng ký hành nghề và cấp Thẻ công chứng viên của các công chứng viên', 1, 0)],
  res='Giấy đăng ký hoạt động Văn phòng công chứng.', rs='Giấy đăng ký hoạt động Văn phòng công chứng',
  kw=['giấy đăng ký hoạt động văn phòng công chứng', 'đăng ký hoạt động văn phòng công chứng'], rel=['1.001688', '1.001665'])

P('cong-chung', '1.001651', 'Xóa đăng ký hành nghề và thu hồi Thẻ công chứng viên', 2, 7, impl=[TP],
  subj='Tổ chức hành nghề công chứng; công chứng viên',
  docs=[D('Văn bản đề nghị xóa đăng ký hành nghề của tổ chức hành nghề công chứng', 1, 0),
        D('Thẻ công chứng viên đã được cấp', 1, 0)],
  res='Quyết định xóa đăng ký hành nghề và thu hồi Thẻ công chứng viên.', rs='Quyết định xóa đăng ký hành nghề',
  kw=['thu hồi thẻ công chứng viên', 'xóa đăng ký hành nghề công chứng'], rel=['1.001665'])

P('tro-giup-phap-ly', '2.001680', 'Thủ tục yêu cầu trợ giúp pháp lý', 3, 3, impl=[TP],
  cond='Người yêu cầu thuộc diện người được trợ giúp pháp lý và vụ việc không thuộc trường hợp từ chối thụ lý theo Luật Trợ giúp pháp lý.',
  docs=[D('Đơn yêu cầu trợ giúp pháp lý theo mẫu', form='Đơn yêu cầu trợ giúp pháp lý'),
        D('Giấy tờ chứng minh là người được trợ giúp pháp lý (thẻ người có công, giấy chứng nhận hộ nghèo, giấy xác nhận khuyết tật...)', 0, 1),
        D('Các giấy tờ, tài liệu có liên quan đến vụ việc trợ giúp pháp lý', 0, 1, req=False)],
  xl=['Trung tâm Trợ giúp pháp lý nhà nước tỉnh thụ lý, cử trợ giúp viên pháp lý hoặc luật sư thực hiện trợ giúp pháp lý.'],
  res='Vụ việc được thụ lý; người yêu cầu được tư vấn pháp luật, tham gia tố tụng hoặc đại diện ngoài tố tụng miễn phí.', rs='văn bản thụ lý vụ việc trợ giúp pháp lý',
  kw=['luật sư miễn phí', 'trợ giúp pháp lý', 'tư vấn pháp luật miễn phí'])

P('nuoi-con-nuoi', '1.003005', 'Đăng ký việc nuôi con nuôi trong nước', 3, 30, impl=['XA'],
  charge=400000, note='400.000 đồng/trường hợp; miễn lệ phí đối với cha dượng, mẹ kế nhận con riêng của vợ hoặc chồng; cô, cậu, dì, chú, bác ruột nhận cháu làm con nuôi; nhận trẻ em khuyết tật, nhiễm HIV/AIDS hoặc mắc bệnh hiểm nghèo; người có công với cách mạng nhận con nuôi.',
  cond='Người nhận con nuôi có năng lực hành vi dân sự đầy đủ, hơn con nuôi từ 20 tuổi trở lên, có điều kiện về sức khỏe, kinh tế, chỗ ở bảo đảm việc chăm sóc, nuôi dưỡng, giáo dục con nuôi và có tư cách đạo đức tốt.',
  docs=[D('Đơn xin nhận con nuôi theo mẫu', form='Đơn xin nhận con nuôi'),
        D('Bản sao hộ chiếu, Căn cước công dân hoặc giấy tờ có giá trị thay thế của người nhận con nuôi', 0, 1),
        D('Phiếu lý lịch tư pháp của người nhận con nuôi', 1, 0),
        D('Văn bản xác nhận tình trạng hôn nhân của người nhận con nuôi', 1, 0),
        D('Giấy khám sức khỏe do cơ quan y tế cấp huyện trở lên cấp; văn bản xác nhận hoàn cảnh gia đình, tình trạng chỗ ở, điều kiện kinh tế do Ủy ban nhân dân cấp xã nơi người nhận con nuôi thường trú cấp', 1, 0),
        D('Giấy khai sinh, giấy khám sức khỏe, hai ảnh toàn thân nhìn thẳng của người được giới thiệu làm con nuôi', 1, 0)],
  xl=['Ủy ban nhân dân cấp xã kiểm tra hồ sơ, lấy ý kiến của cha mẹ đẻ hoặc người giám hộ và của trẻ em từ đủ 09 tuổi trở lên.'],
  cit='Cha mẹ nuôi, con nuôi có mặt để nhận Giấy chứng nhận nuôi con nuôi tại lễ giao nhận con nuôi.',
  res='Giấy chứng nhận nuôi con nuôi; việc nuôi con nuôi được ghi vào Sổ đăng ký nuôi con nuôi.', rs='Giấy chứng nhận nuôi con nuôi',
  kw=['nhận con nuôi', 'xin con nuôi', 'đăng ký nuôi con nuôi'], rel=['1.003179'])

P('nuoi-con-nuoi', '1.003179', 'Đăng ký lại việc nuôi con nuôi trong nước', 3, 5, impl=['XA'],
  note='Không thu lệ phí.',
  cond='Việc nuôi con nuôi đã được đăng ký tại cơ quan có thẩm quyền của Việt Nam nhưng sổ đăng ký và bản chính giấy tờ đều bị mất hoặc hư hỏng.',
  docs=[D('Tờ khai đăng ký lại việc nuôi con nuôi theo mẫu', form='Tờ khai đăng ký lại việc nuôi con nuôi'),
        D('Bản sao Giấy chứng nhận nuôi con nuôi đã được cấp trước đây (nếu có)', 0, 1, req=False), ID],
  res='Giấy chứng nhận nuôi con nuôi có ghi chú "Đăng ký lại".', rs='Giấy chứng nhận nuôi con nuôi',
  kw=['mất giấy chứng nhận con nuôi', 'đăng ký lại con nuôi'], rel=['1.003005'])

# ===== Doanh nghiệp =========================================================
DN_NOTE = 'Lệ phí đăng ký doanh nghiệp 50.000 đồng/lần; phí công bố nội dung đăng ký doanh nghiệp 100.000 đồng/lần.'
DN_ONOTE = 'Miễn lệ phí đăng ký doanh nghiệp khi đăng ký qua mạng thông tin điện tử; phí công bố nội dung đăng ký doanh nghiệp 100.000 đồng/lần.'
DN_XL = ['Phòng Đăng ký kinh doanh xem xét tính hợp lệ của hồ sơ, tên doanh nghiệp và cập nhật thông tin vào Hệ thống thông tin quốc gia về đăng ký doanh nghiệp; nếu hồ sơ chưa hợp lệ thì thông báo bằng văn bản nội dung cần sửa đổi, bổ sung.']


def DN(code, name, res, kw, docs, rel=(), fee=100000, charge=50000, t=3, lv=4, **k):
    P('thanh-lap-va-hoat-dong-doanh-nghiep', code, name, lv, t, impl=[KHDT],
      fee=fee, charge=charge, ocharge=0,
      note=DN_NOTE if charge else ('Phí công bố nội dung đăng ký doanh nghiệp 100.000 đồng/lần.' if fee else 'Không thu phí, lệ phí.'),
      onote=DN_ONOTE if charge else None,
      docs=docs, xl=DN_XL, res=res, rs=k.pop('rs', res.rstrip('.')), kw=kw, rel=list(rel), **k)


DN('2.002043', 'Đăng ký thành lập doanh nghiệp tư nhân', 'Giấy chứng nhận đăng ký doanh nghiệp.',
   ['thành lập doanh nghiệp tư nhân', 'đăng ký kinh doanh doanh nghiệp tư nhân', 'mở doanh nghiệp'],
   [D('Giấy đề nghị đăng ký doanh nghiệp tư nhân theo mẫu', form='Giấy đề nghị đăng ký doanh nghiệp tư nhân'),
    D('Bản sao giấy tờ pháp lý của cá nhân đối với chủ doanh nghiệp tư nhân', 0, 1), UQ],
   rel=['2.002036', '1.001612'], subj='Cá nhân thành lập doanh nghiệp tư nhân')

DN('2.002036', 'Đăng ký thành lập công ty TNHH một thành viên', 'Giấy chứng nhận đăng ký doanh nghiệp.',
   ['thành lập công ty', 'mở công ty TNHH một thành viên', 'đăng ký kinh doanh công ty'],
   [D('Giấy đề nghị đăng ký doanh nghiệp công ty trách nhiệm hữu hạn một thành viên theo mẫu', form='Giấy đề nghị đăng ký doanh nghiệp công ty trách nhiệm hữu hạn'),
    D('Điều lệ công ty', 1, 0), GTPL,
    D('Bản sao giấy tờ pháp lý của cá nhân (chủ sở hữu là cá nhân) hoặc của tổ chức và văn bản cử người đại diện theo ủy quyền (chủ sở hữu là tổ chức)', 0, 1),
    D('Bản sao Giấy chứng nhận đăng ký đầu tư (trường hợp doanh nghiệp được thành lập bởi nhà đầu tư nước ngoài)', 0, 1, req=False), UQ],
   rel=['2.002038', '1.005371'])

DN('2.002038', 'Đăng ký thành lập công ty TNHH hai thành viên trở lên', 'Giấy chứng nhận đăng ký doanh nghiệp.',
   ['thành lập công ty TNHH hai thành viên', 'góp vốn mở công ty'],
   [D('Giấy đề nghị đăng ký doanh nghiệp công ty trách nhiệm hữu hạn theo mẫu', form='Giấy đề nghị đăng ký doanh nghiệp công ty trách nhiệm hữu hạn'),
    D('Điều lệ công ty', 1, 0), D('Danh sách thành viên công ty', 1, 0), GTPL,
    D('Bản sao giấy tờ pháp lý của cá nhân đối với thành viên là cá nhân; của tổ chức và văn bản cử người đại diện theo ủy quyền đối với thành viên là tổ chức', 0, 1), UQ],
   rel=['2.002036', '2.002041'])

DN('2.002041', 'Đăng ký thành lập công ty cổ phần', 'Giấy chứng nhận đăng ký doanh nghiệp.',
   ['thành lập công ty cổ phần', 'mở công ty cổ phần'],
   [D('Giấy đề nghị đăng ký công ty cổ phần theo mẫu', form='Giấy đề nghị đăng ký công ty cổ phần'),
    D('Điều lệ công ty', 1, 0), D('Danh sách cổ đông sáng lập; danh sách cổ đông là nhà đầu tư nước ngoài (nếu có)', 1, 0), GTPL,
    D('Bản sao giấy tờ pháp lý của cá nhân đối với cổ đông sáng lập là cá nhân; của tổ chức và văn bản cử người đại diện theo ủy quyền đối với cổ đông sáng lập là tổ chức', 0, 1), UQ],
   rel=['2.002038'])

DN('1.005371', 'Đăng ký thay đổi địa chỉ trụ sở chính của doanh nghiệp', 'Giấy chứng nhận đăng ký doanh nghiệp đã cập nhật địa chỉ trụ sở chính.',
   ['đổi địa chỉ công ty', 'chuyển trụ sở công ty'],
   [D('Thông báo thay đổi nội dung đăng ký doanh nghiệp theo mẫu', form='Thông báo thay đổi nội dung đăng ký doanh nghiệp'),
    D('Nghị quyết, quyết định về việc thay đổi địa chỉ trụ sở chính của chủ sở hữu, Hội đồng thành viên hoặc Đại hội đồng cổ đông', 1, 0), UQ],
   rel=['1.005367'], rs='Giấy chứng nhận đăng ký doanh nghiệp')

DN('1.005367', 'Đăng ký thay đổi người đại diện theo pháp luật của công ty trách nhiệm hữu hạn, công ty cổ phần', 'Giấy chứng nhận đăng ký doanh nghiệp đã cập nhật người đại diện theo pháp luật.',
   ['đổi giám đốc công ty', 'thay đổi người đại diện theo pháp luật'],
   [D('Thông báo thay đổi nội dung đăng ký doanh nghiệp theo mẫu', form='Thông báo thay đổi nội dung đăng ký doanh nghiệp'),
    D('Bản sao giấy tờ pháp lý của cá nhân đối với người đại diện theo pháp luật mới', 0, 1),
    D('Nghị quyết, quyết định và bản sao biên bản họp về việc thay đổi người đại diện theo pháp luật', 1, 0), UQ],
   rel=['1.005371'], rs='Giấy chứng nhận đăng ký doanh nghiệp')

DN('1.005363', 'Đăng ký thay đổi vốn điều lệ, phần vốn góp, tỷ lệ phần vốn góp (đối với công ty trách nhiệm hữu hạn, công ty hợp danh)', 'Giấy chứng nhận đăng ký doanh nghiệp đã cập nhật vốn điều lệ và thành viên góp vốn.',
   ['tăng vốn điều lệ', 'giảm vốn điều lệ', 'chuyển nhượng phần vốn góp'],
   [D('Thông báo thay đổi nội dung đăng ký doanh nghiệp theo mẫu', form='Thông báo thay đổi nội dung đăng ký doanh nghiệp'),
    D('Nghị quyết, quyết định của chủ sở hữu hoặc Hội đồng thành viên về việc thay đổi vốn điều lệ', 1, 0),
    D('Hợp đồng chuyển nhượng phần vốn góp và giấy tờ xác nhận hoàn tất việc chuyển nhượng (trường hợp chuyển nhượng)', 1, 0, req=False),
    D('Danh sách thành viên công ty sau khi thay đổi', 1, 0), UQ],
   rel=['2.002038'], rs='Giấy chứng nhận đăng ký doanh nghiệp')

DN('2.002025', 'Thông báo thay đổi ngành, nghề kinh doanh', 'Giấy xác nhận về việc thay đổi nội dung đăng ký doanh nghiệp.',
   ['bổ sung ngành nghề kinh doanh', 'thêm ngành nghề công ty'],
   [D('Thông báo thay đổi nội dung đăng ký doanh nghiệp theo mẫu', form='Thông báo thay đổi nội dung đăng ký doanh nghiệp'),
    D('Nghị quyết, quyết định của chủ sở hữu, Hội đồng thành viên hoặc Đại hội đồng cổ đông về việc thay đổi ngành, nghề kinh doanh', 1, 0), UQ],
   charge=0, rs='Giấy xác nhận về việc thay đổi nội dung đăng ký doanh nghiệp')

DN('2.002021', 'Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo (doanh nghiệp, chi nhánh, văn phòng đại diện, địa điểm kinh doanh)', 'Giấy xác nhận về việc doanh nghiệp đăng ký tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn.',
   ['tạm ngừng kinh doanh công ty', 'tạm dừng hoạt động doanh nghiệp'],
   [D('Thông báo về việc tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn đã thông báo theo mẫu', form='Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn'),
    D('Nghị quyết, quyết định và bản sao biên bản họp của Hội đồng thành viên, Đại hội đồng cổ đông về việc tạm ngừng kinh doanh', 1, 0, req=False), UQ],
   fee=0, charge=0, cond='Doanh nghiệp phải thông báo bằng văn bản chậm nhất 03 ngày làm việc trước ngày tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn đã thông báo.',
   rs='Giấy xác nhận về việc tạm ngừng kinh doanh')

DN('2.002019', 'Đăng ký giải thể doanh nghiệp', 'Thông báo về việc giải thể doanh nghiệp; tình trạng pháp lý của doanh nghiệp được cập nhật là đã giải thể.',
   ['giải thể công ty', 'đóng cửa doanh nghiệp'],
   [D('Thông báo về việc giải thể doanh nghiệp theo mẫu', form='Thông báo về việc giải thể doanh nghiệp'),
    D('Báo cáo thanh lý tài sản doanh nghiệp; danh sách chủ nợ và số nợ đã thanh toán, gồm cả thanh toán hết các khoản nợ về thuế và nợ tiền đóng bảo hiểm xã hội', 1, 0),
    D('Nghị quyết, quyết định giải thể doanh nghiệp', 1, 0)],
   fee=0, charge=0, t=5, lv=3, rs='Thông báo về việc giải thể doanh nghiệp')

DN('2.002042', 'Đăng ký hoạt động chi nhánh, văn phòng đại diện, thông báo lập địa điểm kinh doanh', 'Giấy chứng nhận đăng ký hoạt động chi nhánh, văn phòng đại diện hoặc Giấy chứng nhận đăng ký địa điểm kinh doanh.',
   ['mở chi nhánh công ty', 'văn phòng đại diện', 'địa điểm kinh doanh'],
   [D('Thông báo về việc đăng ký hoạt động chi nhánh, văn phòng đại diện, địa điểm kinh doanh theo mẫu', form='Thông báo đăng ký hoạt động chi nhánh, văn phòng đại diện, địa điểm kinh doanh'),
    D('Bản sao giấy tờ pháp lý của cá nhân đối với người đứng đầu chi nhánh, văn phòng đại diện', 0, 1), UQ],
   fee=0, rs='Giấy chứng nhận đăng ký hoạt động chi nhánh, văn phòng đại diện')

# ===== Hộ kinh doanh =========================================================
HKD_NOTE = 'Lệ phí theo Nghị quyết của Hội đồng nhân dân tỉnh Kon Tum.'
HKD_ONOTE = 'Miễn lệ phí đối với hồ sơ nộp trực tuyến theo chính sách khuyến khích dịch vụ công trực tuyến của tỉnh.'
HKD_XL = ['Phòng Tài chính - Kế hoạch xem xét tính hợp lệ của hồ sơ, tên hộ kinh doanh và nhập thông tin vào Hệ thống thông tin quốc gia về đăng ký hộ kinh doanh.']

P('ho-kinh-doanh', '1.001612', 'Đăng ký thành lập hộ kinh doanh', 4, 3, impl=['HUYEN'],
  charge=100000, ocharge=0, note='100.000 đồng/lần. ' + HKD_NOTE, onote=HKD_ONOTE,
  cond='Ngành, nghề đăng ký không bị cấm đầu tư kinh doanh; tên hộ kinh doanh không trùng với tên hộ kinh doanh đã đăng ký trong phạm vi cấp huyện; cá nhân, thành viên hộ gia đình chỉ được đăng ký một hộ kinh doanh trên phạm vi toàn quốc.',
  docs=[D('Giấy đề nghị đăng ký hộ kinh doanh theo mẫu', form='Giấy đề nghị đăng ký hộ kinh doanh'),
        D('Bản sao giấy tờ pháp lý của cá nhân đối với các thành viên hộ gia đình đăng ký hộ kinh doanh', 0, 1),
        D('Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh (trường hợp các thành viên hộ gia đình cùng đăng ký hộ kinh doanh)', 1, 0, req=False),
        D('Văn bản ủy quyền của thành viên hộ gia đình cho một thành viên làm chủ hộ kinh doanh (trường hợp các thành viên hộ gia đình cùng đăng ký)', 1, 0, req=False)],
  xl=HKD_XL, res='Giấy chứng nhận đăng ký hộ kinh doanh.', rs='Giấy chứng nhận đăng ký hộ kinh doanh',
  kw=['đăng ký kinh doanh', 'đăng ký hộ kinh doanh', 'giấy phép kinh doanh hộ cá thể', 'mở cửa hàng'],
  rel=['1.001570', '1.001266', '2.000575', '2.000620'])

P('ho-kinh-doanh', '1.001570', 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh', 4, 3, tol=2, impl=['HUYEN'],
  charge=50000, ocharge=0, note='50.000 đồng/lần. ' + HKD_NOTE, onote=HKD_ONOTE,
  docs=[D('Thông báo thay đổi nội dung đăng ký hộ kinh doanh theo mẫu', form='Thông báo thay đổi nội dung đăng ký hộ kinh doanh'),
        D('Bản sao biên bản họp thành viên hộ gia đình về việc thay đổi nội dung đăng ký (trường hợp hộ kinh doanh do các thành viên hộ gia đình đăng ký)', 1, 0, req=False),
        D('Bản sao giấy tờ pháp lý của cá nhân đối với chủ hộ kinh doanh mới (trường hợp thay đổi chủ hộ)', 0, 1, req=False)],
  xl=HKD_XL, res='Giấy chứng nhận đăng ký hộ kinh doanh mới.', rs='Giấy chứng nhận đăng ký hộ kinh doanh',
  kw=['đổi địa chỉ hộ kinh doanh', 'thay đổi ngành nghề hộ kinh doanh', 'sang tên hộ kinh doanh'], rel=['1.001612'])

P('ho-kinh-doanh', '1.001266', 'Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh', 4, 3, impl=['HUYEN'],
  note='Không thu lệ phí.',
  cond='Hộ kinh doanh thông báo chậm nhất 03 ngày làm việc trước ngày tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn đã thông báo.',
  docs=[D('Thông báo về việc tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo theo mẫu', form='Thông báo tạm ngừng kinh doanh hộ kinh doanh'),
        D('Bản sao biên bản họp thành viên hộ gia đình về việc tạm ngừng kinh doanh (trường hợp hộ kinh doanh do các thành viên hộ gia đình đăng ký)', 0, 1, req=False)],
  xl=HKD_XL, res='Giấy xác nhận về việc hộ kinh doanh đăng ký tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn.', rs='Giấy xác nhận tạm ngừng kinh doanh',
  kw=['tạm nghỉ kinh doanh', 'tạm ngừng hộ kinh doanh'], rel=['1.001612', '2.000720'])

P('ho-kinh-doanh', '2.000720', 'Chấm dứt hoạt động hộ kinh doanh', 4, 3, impl=['HUYEN'], note='Không thu lệ phí.',
  docs=[D('Thông báo về việc chấm dứt hoạt động hộ kinh doanh theo mẫu', form='Thông báo chấm dứt hoạt động hộ kinh doanh'),
        D('Thông báo của cơ quan thuế về việc hộ kinh doanh đã hoàn thành nghĩa vụ thuế', 1, 0),
        D('Bản gốc Giấy chứng nhận đăng ký hộ kinh doanh', 1, 0)],
  xl=HKD_XL, res='Thông báo về việc chấm dứt hoạt động hộ kinh doanh.', rs='Thông báo về việc chấm dứt hoạt động hộ kinh doanh',
  kw=['đóng hộ kinh doanh', 'ngừng kinh doanh hẳn', 'giải thể hộ kinh doanh'], rel=['1.001612'])

P('ho-kinh-doanh', '2.000575', 'Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh', 3, 3, impl=['HUYEN'],
  charge=50000, ocharge=0, note='50.000 đồng/lần. ' + HKD_NOTE, onote=HKD_ONOTE,
  docs=[D('Giấy đề nghị cấp lại Giấy chứng nhận đăng ký hộ kinh doanh theo mẫu', form='Giấy đề nghị cấp lại Giấy chứng nhận đăng ký hộ kinh doanh'),
        D('Bản gốc Giấy chứng nhận đăng ký hộ kinh doanh (trường hợp bị rách, nát, cháy)', 1, 0, req=False)],
  xl=HKD_XL, res='Giấy chứng nhận đăng ký hộ kinh doanh (cấp lại).', rs='Giấy chứng nhận đăng ký hộ kinh doanh',
  kw=['mất giấy phép kinh doanh hộ', 'cấp lại giấy đăng ký hộ kinh doanh'], rel=['1.001612'])

# ===== Đầu tư ================================================================
P('dau-tu', '1.009645', 'Chấp thuận chủ trương đầu tư của Ủy ban nhân dân cấp tỉnh', 2, 35, impl=[KHDT], comp=[TINH],
  coord=[XD, TNMT, TC], note='Không thu phí, lệ phí.',
  cond='Dự án thuộc diện chấp thuận chủ trương đầu tư của Ủy ban nhân dân cấp tỉnh theo Điều 32 Luật Đầu tư.',
  docs=[D('Văn bản đề nghị thực hiện dự án đầu tư theo mẫu', form='Văn bản đề nghị thực hiện dự án đầu tư'),
        D('Bản sao tài liệu về tư cách pháp lý của nhà đầu tư', 0, 1),
        D('Tài liệu chứng minh năng lực tài chính của nhà đầu tư (báo cáo tài chính 02 năm gần nhất, cam kết hỗ trợ tài chính của công ty mẹ hoặc tổ chức tài chính...)', 1, 0),
        D('Đề xuất dự án đầu tư (mục tiêu, quy mô, vốn, tiến độ, địa điểm, nhu cầu sử dụng đất, đánh giá sơ bộ tác động môi trường)', 1, 0),
        D('Bản sao giấy tờ về quyền sử dụng địa điểm hoặc tài liệu xác định quyền sử dụng địa điểm (trường hợp không đề nghị Nhà nước giao đất, cho thuê đất)', 0, 1, req=False)],
  xl=['Sở Kế hoạch và Đầu tư gửi hồ sơ lấy ý kiến thẩm định của các cơ quan có liên quan, lập báo cáo thẩm định trình Ủy ban nhân dân tỉnh.'],
  res='Quyết định chấp thuận chủ trương đầu tư (đồng thời chấp thuận nhà đầu tư, nếu có).', rs='Quyết định chấp thuận chủ trương đầu tư',
  kw=['chủ trương đầu tư', 'xin dự án đầu tư', 'đầu tư vào Kon Tum'], rel=['1.009646'])

P('dau-tu', '1.009646', 'Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án không thuộc diện chấp thuận chủ trương đầu tư', 3, 15, impl=[KHDT],
  note='Không thu phí, lệ phí.', subj='Nhà đầu tư nước ngoài; tổ chức kinh tế có vốn đầu tư nước ngoài thuộc trường hợp phải đăng ký đầu tư',
  docs=[D('Văn bản đề nghị cấp Giấy chứng nhận đăng ký đầu tư theo mẫu', form='Văn bản đề nghị thực hiện dự án đầu tư'),
        D('Bản sao tài liệu về tư cách pháp lý của nhà đầu tư', 0, 1),
        D('Đề xuất dự án đầu tư', 1, 0),
        D('Tài liệu chứng minh năng lực tài chính của nhà đầu tư', 1, 0)],
  res='Giấy chứng nhận đăng ký đầu tư.', rs='Giấy chứng nhận đăng ký đầu tư',
  kw=['giấy chứng nhận đầu tư', 'IRC', 'nhà đầu tư nước ngoài'], rel=['1.009647', '1.009645'])

P('dau-tu', '1.009647', 'Điều chỉnh Giấy chứng nhận đăng ký đầu tư (đối với trường hợp không thuộc diện chấp thuận điều chỉnh chủ trương đầu tư)', 3, 10, impl=[KHDT],
  note='Không thu phí, lệ phí.',
  docs=[D('Văn bản đề nghị điều chỉnh dự án đầu tư theo mẫu', form='Văn bản đề nghị điều chỉnh dự án đầu tư'),
        D('Báo cáo tình hình triển khai dự án đầu tư đến thời điểm đề nghị điều chỉnh', 1, 0),
        D('Quyết định về việc điều chỉnh dự án đầu tư của nhà đầu tư', 1, 0),
        D('Tài liệu giải trình nội dung điều chỉnh', 1, 0)],
  res='Giấy chứng nhận đăng ký đầu tư điều chỉnh.', rs='Giấy chứng nhận đăng ký đầu tư điều chỉnh',
  kw=['điều chỉnh dự án đầu tư', 'thay đổi giấy chứng nhận đầu tư'], rel=['1.009646'])

P('dau-tu', '1.009735', 'Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án đầu tư trong khu kinh tế không thuộc diện chấp thuận chủ trương đầu tư', 3, 15, impl=[BQL],
  note='Không thu phí, lệ phí.', subj='Nhà đầu tư thực hiện dự án tại Khu kinh tế cửa khẩu quốc tế Bờ Y',
  docs=[D('Văn bản đề nghị cấp Giấy chứng nhận đăng ký đầu tư theo mẫu', form='Văn bản đề nghị thực hiện dự án đầu tư'),
        D('Bản sao tài liệu về tư cách pháp lý của nhà đầu tư', 0, 1),
        D('Đề xuất dự án đầu tư', 1, 0), D('Tài liệu chứng minh năng lực tài chính của nhà đầu tư', 1, 0)],
  res='Giấy chứng nhận đăng ký đầu tư.', rs='Giấy chứng nhận đăng ký đầu tư',
  kw=['khu kinh tế Bờ Y', 'đầu tư khu kinh tế cửa khẩu'], rel=['1.009646'])

P('dau-tu', '1.009750', 'Thành lập văn phòng điều hành của nhà đầu tư nước ngoài trong hợp đồng BCC', 2, 15, impl=[KHDT],
  note='Không thu phí, lệ phí.', subj='Nhà đầu tư nước ngoài tham gia hợp đồng hợp tác kinh doanh (BCC)',
  docs=[D('Văn bản đăng ký thành lập văn phòng điều hành theo mẫu', form='Văn bản đăng ký thành lập văn phòng điều hành'),
        D('Quyết định của nhà đầu tư nước ngoài về việc thành lập văn phòng điều hành', 1, 0),
        D('Bản sao quyết định bổ nhiệm người đứng đầu văn phòng điều hành', 0, 1),
        D('Bản sao hợp đồng BCC', 0, 1)],
  res='Giấy chứng nhận đăng ký hoạt động văn phòng điều hành.', rs='Giấy chứng nhận đăng ký hoạt động văn phòng điều hành',
  kw=['hợp đồng BCC', 'văn phòng điều hành nhà đầu tư nước ngoài'], rel=['1.009646'])

# ===== Xây dựng ==============================================================
GPXD_DOCS = [D('Đơn đề nghị cấp giấy phép xây dựng theo mẫu', form='Đơn đề nghị cấp giấy phép xây dựng'),
             D('Bản sao một trong những giấy tờ chứng minh quyền sử dụng đất theo quy định của pháp luật về đất đai', 0, 1),
             D('Bản vẽ thiết kế xây dựng: bản vẽ mặt bằng công trình trên lô đất kèm sơ đồ vị trí, bản vẽ mặt bằng các tầng, các mặt đứng và mặt cắt chính, mặt bằng móng và sơ đồ đấu nối hạ tầng kỹ thuật', 2, 0),
             D('Bản kê khai năng lực, kinh nghiệm của tổ chức, cá nhân thiết kế (trường hợp nhà ở có tổng diện tích sàn từ 250 m² hoặc từ 3 tầng trở lên)', 1, 0, req=False)]

P('xay-dung', '1.009994', 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ', 3, 15, impl=['HUYEN'],
  subj='Hộ gia đình, cá nhân là chủ đầu tư xây dựng nhà ở riêng lẻ', charge=75000,
  note='75.000 đồng/giấy phép theo Nghị quyết của Hội đồng nhân dân tỉnh Kon Tum.',
  cond='Phù hợp với mục đích sử dụng đất theo quy hoạch sử dụng đất được phê duyệt; phù hợp với quy hoạch chi tiết xây dựng hoặc thiết kế đô thị (nếu có); bảo đảm an toàn cho công trình, công trình lân cận và yêu cầu về bảo vệ môi trường, phòng cháy, chữa cháy; tuân thủ chỉ giới xây dựng, chỉ giới đường đỏ.',
  docs=GPXD_DOCS,
  xl=['Cơ quan chuyên môn kiểm tra hồ sơ, thẩm định và kiểm tra thực địa trong 07 ngày làm việc; trường hợp cần điều chỉnh thì thông báo một lần bằng văn bản cho chủ đầu tư bổ sung.'],
  res='Giấy phép xây dựng kèm theo bản vẽ thiết kế có đóng dấu của cơ quan cấp phép.', rs='Giấy phép xây dựng',
  kw=['xin phép xây nhà', 'giấy phép xây dựng nhà ở', 'xây nhà ở', 'cấp phép xây dựng'],
  rel=['1.010008', '1.010009', '1.010010'])

P('xay-dung', '1.010008', 'Cấp giấy phép sửa chữa, cải tạo đối với nhà ở riêng lẻ', 3, 15, impl=['HUYEN'],
  subj='Hộ gia đình, cá nhân là chủ đầu tư', charge=75000,
  note='75.000 đồng/giấy phép theo Nghị quyết của Hội đồng nhân dân tỉnh Kon Tum.',
  docs=[D('Đơn đề nghị cấp giấy phép sửa chữa, cải tạo công trình theo mẫu', form='Đơn đề nghị cấp giấy phép xây dựng'),
        D('Bản sao giấy tờ chứng minh quyền sở hữu, quản lý, sử dụng nhà ở theo quy định của pháp luật', 0, 1),
        D('Bản vẽ, ảnh chụp hiện trạng của bộ phận, hạng mục công trình đề nghị sửa chữa, cải tạo', 1, 0),
        D('Bản vẽ thiết kế sửa chữa, cải tạo', 2, 0)],
  res='Giấy phép sửa chữa, cải tạo.', rs='Giấy phép sửa chữa, cải tạo',
  kw=['sửa nhà có cần xin phép', 'giấy phép cải tạo nhà'], rel=['1.009994'])

P('xay-dung', '1.010009', 'Cấp điều chỉnh giấy phép xây dựng đối với nhà ở riêng lẻ', 3, 15, impl=['HUYEN'],
  charge=75000, note='75.000 đồng/giấy phép theo Nghị quyết của Hội đồng nhân dân tỉnh Kon Tum.',
  docs=[D('Đơn đề nghị điều chỉnh giấy phép xây dựng theo mẫu', form='Đơn đề nghị cấp giấy phép xây dựng'),
        D('Bản chính giấy phép xây dựng đã được cấp', 1, 0),
        D('Bản vẽ thiết kế liên quan đến phần điều chỉnh', 2, 0)],
  res='Giấy phép xây dựng điều chỉnh.', rs='Giấy phép xây dựng điều chỉnh',
  kw=['điều chỉnh giấy phép xây dựng', 'thay đổi thiết kế nhà'], rel=['1.009994'])

P('xay-dung', '1.010010', 'Gia hạn giấy phép xây dựng đối với nhà ở riêng lẻ', 3, 5, impl=['HUYEN'],
  charge=15000, note='15.000 đồng/giấy phép.',
  cond='Trước thời điểm giấy phép xây dựng hết hiệu lực khởi công xây dựng (12 tháng kể từ ngày cấp) mà công trình chưa được khởi công; mỗi giấy phép chỉ được gia hạn tối đa 02 lần, mỗi lần 12 tháng.',
  docs=[D('Đơn đề nghị gia hạn giấy phép xây dựng theo mẫu', form='Đơn đề nghị gia hạn giấy phép xây dựng'),
        D('Bản chính giấy phép xây dựng đã được cấp', 1, 0)],
  res='Giấy phép xây dựng được gia hạn.', rs='Giấy phép xây dựng được gia hạn',
  kw=['gia hạn giấy phép xây dựng', 'giấy phép xây dựng hết hạn'], rel=['1.009994', '1.010011'])

P('xay-dung', '1.010011', 'Cấp lại giấy phép xây dựng đối với nhà ở riêng lẻ', 3, 5, impl=['HUYEN'],
  charge=15000, note='15.000 đồng/giấy phép.',
  docs=[D('Đơn đề nghị cấp lại giấy phép xây dựng, trong đó giải trình rõ lý do đề nghị cấp lại', form='Đơn đề nghị cấp lại giấy phép xây dựng'),
        D('Bản chính giấy phép xây dựng đã được cấp (trường hợp bị rách, nát)', 1, 0, req=False)],
  res='Giấy phép xây dựng được cấp lại.', rs='Giấy phép xây dựng',
  kw=['mất giấy phép xây dựng', 'cấp lại giấy phép xây dựng'], rel=['1.009994', '1.010010'])

P('xay-dung', '1.009972', 'Cấp giấy phép xây dựng mới đối với công trình cấp I, cấp II (công trình không theo tuyến, công trình theo tuyến trong đô thị, công trình tín ngưỡng, tôn giáo)', 3, 20, impl=[XD],
  subj='Chủ đầu tư xây dựng công trình', charge=150000, note='150.000 đồng/giấy phép theo Nghị quyết của Hội đồng nhân dân tỉnh Kon Tum.',
  docs=[D('Đơn đề nghị cấp giấy phép xây dựng theo mẫu', form='Đơn đề nghị cấp giấy phép xây dựng'),
        D('Bản sao giấy tờ chứng minh quyền sử dụng đất', 0, 1),
        D('Bản sao quyết định phê duyệt dự án, văn bản thông báo kết quả thẩm định báo cáo nghiên cứu khả thi của cơ quan chuyên môn về xây dựng', 0, 1),
        D('Văn bản thẩm duyệt thiết kế về phòng cháy và chữa cháy; văn bản kết quả thực hiện thủ tục về bảo vệ môi trường', 0, 1),
        D('02 bộ bản vẽ thiết kế xây dựng trong hồ sơ thiết kế xây dựng triển khai sau thiết kế cơ sở đã được phê duyệt', 2, 0)],
  xl=['Sở Xây dựng thẩm định hồ sơ, kiểm tra thực địa, lấy ý kiến các cơ quan quản lý nhà nước về lĩnh vực liên quan (nếu cần).'],
  res='Giấy phép xây dựng.', rs='Giấy phép xây dựng',
  kw=['giấy phép xây dựng công trình', 'cấp phép xây dựng dự án'], rel=['1.009994', '1.009982'])

P('xay-dung', '1.009928', 'Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III', 3, 20, impl=[XD],
  subj='Cá nhân hoạt động xây dựng (khảo sát, thiết kế, giám sát, định giá, quản lý dự án)',
  fee=300000, note='Phí thẩm định cấp chứng chỉ hành nghề: 300.000 đồng/chứng chỉ.',
  cond='Có trình độ chuyên môn được đào tạo, thời gian và kinh nghiệm tham gia công việc phù hợp với nội dung đề nghị cấp chứng chỉ hành nghề; đạt yêu cầu sát hạch.',
  docs=[D('Đơn đề nghị cấp chứng chỉ hành nghề hoạt động xây dựng theo mẫu', form='Đơn đề nghị cấp chứng chỉ hành nghề hoạt động xây dựng'),
        D('Ảnh màu cỡ 4 x 6 cm chụp trong thời gian không quá 06 tháng (tệp tin)', 1, 0),
        D('Văn bằng do cơ sở đào tạo hợp pháp cấp phù hợp với loại, hạng chứng chỉ đề nghị cấp (tệp tin)', 1, 0),
        D('Bản khai kinh nghiệm hoạt động xây dựng; các quyết định, hợp đồng chứng minh kinh nghiệm (tệp tin)', 1, 0)],
  xl=['Sở Xây dựng tổ chức sát hạch; Hội đồng xét cấp chứng chỉ hành nghề xem xét hồ sơ và kết quả sát hạch.'],
  res='Chứng chỉ hành nghề hoạt động xây dựng.', rs='Chứng chỉ hành nghề hoạt động xây dựng',
  kw=['chứng chỉ hành nghề xây dựng', 'chứng chỉ giám sát', 'chứng chỉ thiết kế'],
  legal=['lxd', 'nd15', 'tt38'], rel=['1.009934'])

P('xay-dung', '1.009934', 'Cấp chứng chỉ năng lực hoạt động xây dựng hạng II, hạng III', 3, 20, impl=[XD],
  subj='Tổ chức hoạt động xây dựng', fee=1000000, note='Phí thẩm định cấp chứng chỉ năng lực: 1.000.000 đồng/chứng chỉ.',
  docs=[D('Đơn đề nghị cấp chứng chỉ năng lực hoạt động xây dựng theo mẫu', form='Đơn đề nghị cấp chứng chỉ năng lực hoạt động xây dựng'),
        D('Quyết định thành lập hoặc Giấy chứng nhận đăng ký doanh nghiệp (tệp tin)', 1, 0),
        D('Chứng chỉ hành nghề của các chức danh chủ chốt; văn bằng của cá nhân tham gia (tệp tin)', 1, 0),
        D('Hợp đồng và biên bản nghiệm thu công việc đã thực hiện tiêu biểu (tệp tin)', 1, 0)],
  res='Chứng chỉ năng lực hoạt động xây dựng.', rs='Chứng chỉ năng lực hoạt động xây dựng',
  kw=['chứng chỉ năng lực xây dựng', 'năng lực nhà thầu'], legal=['lxd', 'nd15', 'tt38'], rel=['1.009928'])

P('xay-dung', '1.009982', 'Thẩm định Báo cáo nghiên cứu khả thi đầu tư xây dựng, thẩm định Báo cáo nghiên cứu khả thi đầu tư xây dựng điều chỉnh (dự án sử dụng vốn khác)', 2, 30, impl=[XD],
  coord=[TNMT], subj='Chủ đầu tư, người đề nghị thẩm định',
  note='Phí thẩm định dự án đầu tư xây dựng tính theo tổng mức đầu tư, theo biểu phí của Bộ Tài chính.',
  docs=[D('Tờ trình thẩm định Báo cáo nghiên cứu khả thi đầu tư xây dựng theo mẫu', form='Tờ trình thẩm định Báo cáo nghiên cứu khả thi đầu tư xây dựng'),
        D('Hồ sơ Báo cáo nghiên cứu khả thi đầu tư xây dựng (thuyết minh và thiết kế cơ sở)', 1, 0),
        D('Văn bản pháp lý có liên quan (quyết định chủ trương đầu tư, quy hoạch, thỏa thuận đấu nối...)', 0, 1)],
  res='Văn bản thông báo kết quả thẩm định Báo cáo nghiên cứu khả thi đầu tư xây dựng.', rs='Thông báo kết quả thẩm định',
  kw=['thẩm định dự án xây dựng', 'báo cáo nghiên cứu khả thi'], rel=['1.009972'])

# ===== Đất đai ===============================================================
DD_XL = ['Văn phòng Đăng ký đất đai (Chi nhánh) kiểm tra hồ sơ, hiện trạng sử dụng đất; gửi thông tin địa chính đến cơ quan thuế để xác định nghĩa vụ tài chính (nếu có) và cập nhật, chỉnh lý hồ sơ địa chính, cơ sở dữ liệu đất đai.']
DD_NOTE = 'Lệ phí cấp Giấy chứng nhận theo Nghị quyết của Hội đồng nhân dân tỉnh Kon Tum; chưa bao gồm tiền sử dụng đất, lệ phí trước bạ, thuế thu nhập cá nhân (nếu có) theo thông báo của cơ quan thuế.'

P('dat-dai', '1.012795', 'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với cá nhân, cộng đồng dân cư, hộ gia đình đang sử dụng đất', 2, 20,
  impl=['HUYEN'], charge=100000, note='100.000 đồng/giấy tại các phường; 50.000 đồng/giấy tại các xã, thị trấn. ' + DD_NOTE,
  cond='Thời gian không bao gồm thời gian niêm yết công khai tại Ủy ban nhân dân cấp xã (15 ngày) và thời gian thực hiện nghĩa vụ tài chính của người sử dụng đất; tăng thêm 10 ngày đối với các xã vùng sâu, vùng xa, có điều kiện kinh tế - xã hội đặc biệt khó khăn.',
  docs=[D('Đơn đăng ký đất đai, tài sản gắn liền với đất theo mẫu', form='Đơn đăng ký đất đai, tài sản gắn liền với đất'),
        D('Một trong các giấy tờ về quyền sử dụng đất theo quy định tại Điều 137 Luật Đất đai (nếu có)', 0, 1, req=False),
        D('Giấy tờ về tài sản gắn liền với đất (trường hợp đăng ký quyền sở hữu tài sản)', 0, 1, req=False),
        D('Mảnh trích đo bản đồ địa chính thửa đất (trường hợp chưa có bản đồ địa chính)', 1, 0, req=False),
        D('Chứng từ thực hiện nghĩa vụ tài chính; giấy tờ liên quan đến việc miễn, giảm nghĩa vụ tài chính (nếu có)', 0, 1, req=False)],
  xl=['Ủy ban nhân dân cấp xã xác nhận hiện trạng sử dụng đất, tình trạng tranh chấp, sự phù hợp với quy hoạch và niêm yết công khai kết quả kiểm tra trong 15 ngày.'] + DD_XL,
  res='Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất.', rs='Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
  kw=['làm sổ đỏ', 'cấp sổ đỏ lần đầu', 'giấy chứng nhận quyền sử dụng đất', 'sổ hồng'],
  rel=['1.012798', '1.012803'])

P('dat-dai', '1.012798', 'Đăng ký biến động đất đai, tài sản gắn liền với đất do chuyển nhượng, thừa kế, tặng cho quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', 3, 10,
  impl=['HUYEN'], comp=[TNMT], relay=True, charge=30000, note='30.000 đồng/lần đăng ký biến động. ' + DD_NOTE,
  cond='Có Giấy chứng nhận; đất không có tranh chấp hoặc tranh chấp đã được giải quyết; quyền sử dụng đất không bị kê biên, áp dụng biện pháp khẩn cấp tạm thời; trong thời hạn sử dụng đất. Thời gian không bao gồm thời gian thực hiện nghĩa vụ tài chính.',
  docs=[D('Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo mẫu', form='Đơn đăng ký biến động đất đai, tài sản gắn liền với đất'),
        D('Hợp đồng, văn bản về việc chuyển nhượng, thừa kế, tặng cho đã được công chứng hoặc chứng thực', 1, 0),
        D('Bản gốc Giấy chứng nhận đã cấp', 1, 0),
        D('Tờ khai lệ phí trước bạ, tờ khai thuế thu nhập cá nhân theo mẫu của cơ quan thuế', 1, 0)],
  xl=DD_XL,
  res='Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất mới hoặc Giấy chứng nhận đã cấp được xác nhận nội dung biến động.', rs='Giấy chứng nhận (xác nhận biến động)',
  kw=['sang tên sổ đỏ', 'chuyển nhượng đất', 'tặng cho đất', 'thừa kế đất'], rel=['2.001035', '1.012795'])

P('dat-dai', '1.012803', 'Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', 3, 7,
  impl=['HUYEN'], comp=[TNMT], relay=True, charge=50000, note='50.000 đồng/giấy. ' + DD_NOTE,
  subj='Người sử dụng đất có Giấy chứng nhận bị ố, nhòe, rách, hư hỏng hoặc cấp trước đây theo mẫu cũ, hoặc có nhu cầu cấp đổi',
  docs=[D('Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo mẫu', form='Đơn đăng ký biến động đất đai, tài sản gắn liền với đất'),
        D('Bản gốc Giấy chứng nhận đã cấp', 1, 0)],
  xl=DD_XL, res='Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất (cấp đổi).', rs='Giấy chứng nhận (cấp đổi)',
  kw=['đổi sổ đỏ', 'sổ đỏ bị rách', 'đổi sổ đỏ mẫu mới'], rel=['1.012804'])

P('dat-dai', '1.012804', 'Cấp lại Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do bị mất', 2, 10,
  impl=['HUYEN'], comp=[TNMT], relay=True, charge=50000, note='50.000 đồng/giấy. ' + DD_NOTE,
  cond='Ủy ban nhân dân cấp xã đã niêm yết thông báo mất Giấy chứng nhận tại trụ sở trong thời gian 15 ngày (không tính vào thời hạn giải quyết).',
  docs=[D('Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo mẫu', form='Đơn đăng ký biến động đất đai, tài sản gắn liền với đất'),
        D('Giấy xác nhận của Ủy ban nhân dân cấp xã về việc đã niêm yết thông báo mất Giấy chứng nhận', 1, 0)],
  xl=DD_XL, res='Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất (cấp lại).', rs='Giấy chứng nhận (cấp lại)',
  kw=['mất sổ đỏ', 'làm lại sổ đỏ'], rel=['1.012803'])

P('dat-dai', '1.012780', 'Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền đối với cá nhân', 3, 15,
  impl=['HUYEN'], note='Không thu lệ phí; người sử dụng đất nộp tiền sử dụng đất (nếu có) theo thông báo của cơ quan thuế.',
  subj='Cá nhân, hộ gia đình sử dụng đất',
  cond='Việc chuyển mục đích phù hợp với quy hoạch sử dụng đất cấp huyện hoặc quy hoạch chung, quy hoạch phân khu đã được phê duyệt. Thời gian không bao gồm thời gian thực hiện nghĩa vụ tài chính.',
  docs=[D('Đơn xin chuyển mục đích sử dụng đất theo mẫu', form='Đơn xin chuyển mục đích sử dụng đất'),
        D('Bản gốc Giấy chứng nhận quyền sử dụng đất đã cấp', 1, 0)],
  xl=['Phòng Tài nguyên và Môi trường thẩm tra hồ sơ, xác minh thực địa, trình Ủy ban nhân dân cấp huyện quyết định cho phép chuyển mục đích sử dụng đất.'],
  res='Quyết định cho phép chuyển mục đích sử dụng đất; Giấy chứng nhận được chỉnh lý.', rs='Quyết định cho phép chuyển mục đích sử dụng đất',
  kw=['chuyển đất vườn lên thổ cư', 'chuyển mục đích sử dụng đất', 'lên đất ở'], rel=['1.012798'])

P('dat-dai', '1.012770', 'Giao đất, cho thuê đất không đấu giá quyền sử dụng đất đối với tổ chức', 2, 20, impl=[TNMT], comp=[TINH],
  coord=[KHDT, TC], subj='Tổ chức trong nước, tổ chức kinh tế có vốn đầu tư nước ngoài',
  note='Không thu lệ phí; tổ chức nộp tiền sử dụng đất, tiền thuê đất theo quy định.',
  docs=[D('Đơn xin giao đất, cho thuê đất theo mẫu', form='Đơn xin giao đất, cho thuê đất'),
        D('Bản sao văn bản chấp thuận chủ trương đầu tư hoặc Giấy chứng nhận đăng ký đầu tư', 0, 1),
        D('Trích lục bản đồ địa chính hoặc trích đo địa chính thửa đất', 1, 0),
        D('Văn bản thẩm định nhu cầu sử dụng đất, điều kiện giao đất, cho thuê đất', 1, 0, req=False)],
  xl=['Sở Tài nguyên và Môi trường thẩm định hồ sơ, kiểm tra thực địa, trình Ủy ban nhân dân tỉnh quyết định giao đất, cho thuê đất.'],
  res='Quyết định giao đất, cho thuê đất; hợp đồng thuê đất (trường hợp thuê đất).', rs='Quyết định giao đất, cho thuê đất',
  kw=['thuê đất làm dự án', 'giao đất cho doanh nghiệp'], rel=['1.009645'])

P('dat-dai', '1.012817', 'Đính chính Giấy chứng nhận đã cấp', 3, 5, impl=['HUYEN'], comp=[TNMT], relay=True,
  note='Không thu lệ phí (trường hợp sai sót do cơ quan cấp).',
  docs=[D('Đơn đề nghị đính chính Giấy chứng nhận theo mẫu', form='Đơn đề nghị đính chính Giấy chứng nhận'),
        D('Bản gốc Giấy chứng nhận đã cấp', 1, 0),
        D('Giấy tờ chứng minh thông tin đúng (Căn cước công dân, giấy khai sinh...)', 0, 1)],
  xl=DD_XL, res='Giấy chứng nhận đã được đính chính.', rs='Giấy chứng nhận đã đính chính',
  kw=['sai tên trên sổ đỏ', 'đính chính sổ đỏ'], rel=['1.012803'])

P('dat-dai', '1.012822', 'Tách thửa hoặc hợp thửa đất', 3, 15, impl=['HUYEN'], comp=[TNMT], relay=True, charge=30000,
  note='30.000 đồng/lần đăng ký biến động; chưa bao gồm chi phí đo đạc do đơn vị đo đạc thu theo hợp đồng.',
  cond='Thửa đất sau khi tách phải bảo đảm diện tích tối thiểu và có lối đi kết nối với đường giao thông công cộng theo quy định của Ủy ban nhân dân tỉnh.',
  docs=[D('Đơn đề nghị tách thửa đất, hợp thửa đất theo mẫu', form='Đơn đề nghị tách thửa đất, hợp thửa đất'),
        D('Bản gốc Giấy chứng nhận đã cấp', 1, 0),
        D('Bản vẽ tách thửa đất, hợp thửa đất do đơn vị đo đạc lập', 1, 0)],
  xl=DD_XL, res='Giấy chứng nhận quyền sử dụng đất cho các thửa đất sau khi tách, hợp thửa.', rs='Giấy chứng nhận cho thửa đất mới',
  kw=['tách sổ đỏ', 'tách thửa đất', 'gộp thửa'], rel=['1.012798'])

P('dat-dai', '1.012832', 'Hòa giải tranh chấp đất đai', 2, 30, impl=['XA'], post=False,
  subj='Các bên tranh chấp đất đai', note='Không thu phí, lệ phí.',
  docs=[D('Đơn đề nghị hòa giải tranh chấp đất đai', form='Đơn đề nghị hòa giải tranh chấp đất đai'),
        D('Giấy tờ, tài liệu có liên quan đến thửa đất tranh chấp (nếu có)', 0, 1, req=False)],
  xl=['Ủy ban nhân dân cấp xã thẩm tra, xác minh nguồn gốc, quá trình sử dụng đất; thành lập Hội đồng hòa giải tranh chấp đất đai và tổ chức cuộc họp hòa giải có sự tham gia của các bên.'],
  res='Biên bản hòa giải thành hoặc hòa giải không thành.', rs='Biên bản hòa giải',
  kw=['tranh chấp đất đai', 'hòa giải đất', 'lấn chiếm đất'], rel=['1.012795'])

# ===== Môi trường ============================================================
P('moi-truong', '1.010727', 'Cấp giấy phép môi trường (cấp tỉnh)', 3, 30, impl=[TNMT], comp=[TINH],
  fee=12000000, note='Phí thẩm định cấp giấy phép môi trường theo Nghị quyết của Hội đồng nhân dân tỉnh Kon Tum, tùy theo nhóm dự án, cơ sở.',
  cond='Thời hạn không bao gồm thời gian chủ dự án chỉnh sửa, bổ sung hồ sơ; trường hợp phải kiểm tra thực tế thì thời hạn tối đa 30 ngày.',
  docs=[D('Văn bản đề nghị cấp giấy phép môi trường theo mẫu', form='Văn bản đề nghị cấp giấy phép môi trường'),
        D('Báo cáo đề xuất cấp giấy phép môi trường', 1, 0),
        D('Bản sao báo cáo nghiên cứu khả thi hoặc tài liệu tương đương của dự án đầu tư', 0, 1)],
  xl=['Sở Tài nguyên và Môi trường thành lập hội đồng thẩm định hoặc tổ thẩm định, tổ chức kiểm tra thực tế tại dự án, cơ sở.'],
  res='Giấy phép môi trường.', rs='Giấy phép môi trường',
  kw=['giấy phép môi trường', 'xả thải', 'môi trường nhà máy'], rel=['1.010728', '1.010729', '1.010733'])

P('moi-truong', '1.010728', 'Cấp đổi giấy phép môi trường (cấp tỉnh)', 3, 10, impl=[TNMT], comp=[TINH],
  note='Không thu phí.',
  docs=[D('Văn bản đề nghị cấp đổi giấy phép môi trường theo mẫu', form='Văn bản đề nghị cấp giấy phép môi trường'),
        D('Giấy phép môi trường đã được cấp', 0, 1)],
  res='Giấy phép môi trường (cấp đổi).', rs='Giấy phép môi trường', kw=['đổi giấy phép môi trường', 'giấy phép môi trường bị hỏng'], rel=['1.010727'])

P('moi-truong', '1.010729', 'Cấp điều chỉnh giấy phép môi trường (cấp tỉnh)', 3, 15, impl=[TNMT], comp=[TINH],
  note='Không thu phí.',
  docs=[D('Văn bản đề nghị cấp điều chỉnh giấy phép môi trường theo mẫu', form='Văn bản đề nghị cấp giấy phép môi trường'),
        D('Báo cáo đề xuất điều chỉnh nội dung giấy phép môi trường', 1, 0)],
  res='Giấy phép môi trường điều chỉnh.', rs='Giấy phép môi trường điều chỉnh', kw=['điều chỉnh giấy phép môi trường', 'thay đổi nội dung giấy phép môi trường'], rel=['1.010727'])

P('moi-truong', '1.010733', 'Thẩm định báo cáo đánh giá tác động môi trường (cấp tỉnh)', 3, 30, impl=[TNMT], comp=[TINH],
  coord=[XD], fee=8000000, note='Phí thẩm định báo cáo đánh giá tác động môi trường theo Nghị quyết của Hội đồng nhân dân tỉnh Kon Tum, tùy theo tổng vốn đầu tư.',
  docs=[D('Văn bản đề nghị thẩm định báo cáo đánh giá tác động môi trường theo mẫu', form='Văn bản đề nghị thẩm định báo cáo đánh giá tác động môi trường'),
        D('Báo cáo đánh giá tác động môi trường', 1, 0),
        D('Báo cáo nghiên cứu khả thi hoặc tài liệu tương đương của dự án đầu tư', 1, 0)],
  xl=['Sở Tài nguyên và Môi trường thành lập hội đồng thẩm định, tổ chức khảo sát thực tế, lấy ý kiến cơ quan, tổ chức liên quan.'],
  res='Quyết định phê duyệt kết quả thẩm định báo cáo đánh giá tác động môi trường.', rs='Quyết định phê duyệt kết quả thẩm định báo cáo đánh giá tác động môi trường',
  kw=['đánh giá tác động môi trường', 'ĐTM', 'báo cáo ĐTM'], rel=['1.010727'])

P('moi-truong', '1.010735', 'Cấp giấy phép môi trường (cấp huyện)', 3, 15, impl=['HUYEN'],
  fee=3000000, note='Phí thẩm định cấp giấy phép môi trường theo Nghị quyết của Hội đồng nhân dân tỉnh Kon Tum.',
  subj='Chủ dự án, cơ sở thuộc thẩm quyền cấp giấy phép môi trường của Ủy ban nhân dân cấp huyện',
  docs=[D('Văn bản đề nghị cấp giấy phép môi trường theo mẫu', form='Văn bản đề nghị cấp giấy phép môi trường'),
        D('Báo cáo đề xuất cấp giấy phép môi trường', 1, 0)],
  res='Giấy phép môi trường.', rs='Giấy phép môi trường', kw=['giấy phép môi trường cấp huyện', 'giấy phép môi trường cơ sở nhỏ'], rel=['1.010727'])

P('moi-truong', '1.010736', 'Đăng ký môi trường', 3, 1, impl=['XA'], post=True,
  note='Không thu phí, lệ phí.',
  subj='Chủ dự án, cơ sở không thuộc đối tượng phải có giấy phép môi trường, phải đăng ký môi trường với Ủy ban nhân dân cấp xã',
  docs=[D('Văn bản đăng ký môi trường theo mẫu', form='Văn bản đăng ký môi trường'),
        D('Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh của cơ sở (nếu có)', 0, 1, req=False)],
  xl=['Ủy ban nhân dân cấp xã tiếp nhận, vào sổ đăng ký môi trường và kiểm tra việc thực hiện của chủ dự án, cơ sở.'],
  res='Hồ sơ đăng ký môi trường được tiếp nhận và vào sổ.', rs='xác nhận tiếp nhận đăng ký môi trường',
  kw=['đăng ký môi trường', 'cơ sở sản xuất nhỏ'], rel=['1.010735'])

# ===== Đường bộ ==============================================================
GPLX_NOTE = 'Lệ phí cấp giấy phép lái xe 135.000 đồng/lần.'
GPLX_ONOTE = 'Nộp trực tuyến áp dụng mức lệ phí 115.000 đồng/lần.'
GPLX_LEGAL = ['lgtdb', 'tt12gplx', 'tt37']
GPLX_XL = ['Sở Giao thông vận tải tra cứu, xác minh giấy phép lái xe trên hệ thống thông tin giấy phép lái xe, chụp ảnh người lái xe (nếu nộp trực tiếp) và in giấy phép lái xe.']

P('duong-bo', '1.002804', 'Cấp đổi Giấy phép lái xe do ngành Giao thông vận tải cấp', 4, 5, impl=[GTVT],
  charge=135000, ocharge=115000, note=GPLX_NOTE, onote=GPLX_ONOTE,
  subj='Người có giấy phép lái xe do ngành Giao thông vận tải cấp còn thời hạn, quá hạn dưới 03 tháng, hoặc bị hỏng',
  cond='Người lái xe đổi giấy phép lái xe hạng B2, C, D, E, FB2, FC, FD, FE phải có Giấy khám sức khỏe do cơ sở y tế có thẩm quyền cấp; trường hợp giấy phép lái xe quá hạn sử dụng từ 03 tháng trở lên thì phải sát hạch lại.',
  docs=[D('Đơn đề nghị đổi, cấp lại giấy phép lái xe theo mẫu', form='Đơn đề nghị đổi, cấp lại giấy phép lái xe'),
        D('Giấy khám sức khỏe của người lái xe do cơ sở y tế có thẩm quyền cấp (dữ liệu khám sức khỏe điện tử được liên thông thì không phải nộp bản giấy)', 1, 0),
        D('Bản sao giấy phép lái xe, giấy tờ tùy thân còn thời hạn', 0, 1)],
  xl=GPLX_XL, res='Giấy phép lái xe (bản giấy hoặc giấy phép lái xe vật liệu PET), gửi qua bưu chính nếu nộp trực tuyến.', rs='Giấy phép lái xe',
  kw=['đổi bằng lái xe', 'đổi giấy phép lái xe', 'bằng lái xe hết hạn', 'đổi bằng lái online'],
  legal=GPLX_LEGAL, rel=['1.002809', '1.002835'])

P('duong-bo', '1.002809', 'Cấp lại Giấy phép lái xe', 3, 10, tol=3, impl=[GTVT],
  charge=135000, ocharge=115000, note=GPLX_NOTE, onote=GPLX_ONOTE,
  subj='Người bị mất giấy phép lái xe còn thời hạn sử dụng hoặc quá hạn dưới 03 tháng',
  cond='Sau 02 tháng kể từ ngày nộp đủ hồ sơ, nếu không phát hiện giấy phép lái xe đang bị cơ quan có thẩm quyền thu giữ, xử lý thì được cấp lại giấy phép lái xe.',
  docs=[D('Đơn đề nghị đổi, cấp lại giấy phép lái xe theo mẫu', form='Đơn đề nghị đổi, cấp lại giấy phép lái xe'),
        D('Giấy khám sức khỏe của người lái xe do cơ sở y tế có thẩm quyền cấp', 1, 0),
        D('Bản sao giấy tờ tùy thân còn thời hạn', 0, 1)],
  xl=GPLX_XL, res='Giấy phép lái xe.', rs='Giấy phép lái xe',
  kw=['mất bằng lái xe', 'làm lại bằng lái', 'cấp lại bằng lái xe'], legal=GPLX_LEGAL, rel=['1.002804'])

P('duong-bo', '1.002820', 'Đổi Giấy phép lái xe do cơ quan có thẩm quyền của nước ngoài cấp', 3, 5, impl=[GTVT],
  charge=135000, note=GPLX_NOTE, subj='Người nước ngoài, người Việt Nam có giấy phép lái xe quốc gia do nước ngoài cấp còn thời hạn',
  docs=[D('Đơn đề nghị đổi giấy phép lái xe theo mẫu', form='Đơn đề nghị đổi, cấp lại giấy phép lái xe'),
        D('Bản dịch giấy phép lái xe nước ngoài ra tiếng Việt được bảo chứng chất lượng dịch thuật hoặc chứng thực', 1, 0),
        D('Bản sao hộ chiếu (phần số hộ chiếu, họ tên, ảnh, thời hạn) và thị thực hoặc thẻ tạm trú, thường trú', 0, 1)],
  xl=GPLX_XL, res='Giấy phép lái xe Việt Nam.', rs='Giấy phép lái xe',
  kw=['đổi bằng lái nước ngoài', 'bằng lái quốc tế sang Việt Nam'], legal=GPLX_LEGAL, rel=['1.002804'])

P('duong-bo', '1.002825', 'Đổi Giấy phép lái xe quân sự do Bộ Quốc phòng cấp', 3, 5, impl=[GTVT],
  charge=135000, note=GPLX_NOTE, subj='Người có giấy phép lái xe quân sự còn thời hạn khi ra quân, chuyển ngành, nghỉ hưu',
  docs=[D('Đơn đề nghị đổi giấy phép lái xe theo mẫu', form='Đơn đề nghị đổi, cấp lại giấy phép lái xe'),
        D('Quyết định ra quân, chuyển ngành, nghỉ hưu hoặc giấy giới thiệu của cấp có thẩm quyền', 1, 0),
        D('Giấy khám sức khỏe của người lái xe', 1, 0), D('Bản sao giấy phép lái xe quân sự', 0, 1)],
  xl=GPLX_XL, res='Giấy phép lái xe.', rs='Giấy phép lái xe',
  kw=['đổi bằng lái quân đội', 'bằng lái xe quân sự'], legal=GPLX_LEGAL, rel=['1.002804'])

P('duong-bo', '1.002835', 'Cấp Giấy phép lái xe quốc tế', 4, 5, impl=[GTVT],
  charge=135000, note='Lệ phí cấp giấy phép lái xe quốc tế 135.000 đồng/lần.',
  subj='Công dân Việt Nam, người nước ngoài có thẻ thường trú tại Việt Nam, có giấy phép lái xe Việt Nam bằng vật liệu PET còn thời hạn',
  docs=[D('Đơn đề nghị cấp giấy phép lái xe quốc tế theo mẫu', form='Đơn đề nghị cấp giấy phép lái xe quốc tế'),
        D('Ảnh chân dung chụp trên nền màu trắng hoặc xanh (tệp tin khi nộp trực tuyến)', 1, 0),
        D('Bản sao hộ chiếu còn thời hạn', 0, 1)],
  xl=['Sở Giao thông vận tải kiểm tra giấy phép lái xe quốc gia trên hệ thống và in giấy phép lái xe quốc tế (IDP).'],
  res='Giấy phép lái xe quốc tế (IDP) theo mẫu của Công ước Viên năm 1968.', rs='Giấy phép lái xe quốc tế',
  kw=['bằng lái quốc tế', 'IDP', 'lái xe ở nước ngoài'], legal=['lgtdb', 'tt37'], rel=['1.002804'])

VT_LEGAL = ['lgtdb', 'nd10', 'tt12vt']
P('duong-bo', '1.002861', 'Cấp Giấy phép kinh doanh vận tải bằng xe ô tô', 4, 5, impl=[GTVT],
  charge=200000, note='Lệ phí cấp giấy phép kinh doanh vận tải bằng xe ô tô 200.000 đồng/giấy phép.',
  subj='Doanh nghiệp, hợp tác xã, hộ kinh doanh vận tải bằng xe ô tô',
  cond='Đã đăng ký kinh doanh vận tải bằng xe ô tô; người trực tiếp điều hành hoạt động vận tải có trình độ chuyên môn phù hợp; phương tiện bảo đảm số lượng, chất lượng, được gắn thiết bị giám sát hành trình và camera theo quy định; có bộ phận quản lý, theo dõi các điều kiện về an toàn giao thông.',
  docs=[D('Giấy đề nghị cấp Giấy phép kinh doanh vận tải bằng xe ô tô theo mẫu', form='Giấy đề nghị cấp Giấy phép kinh doanh vận tải bằng xe ô tô'),
        D('Bản sao văn bằng, chứng chỉ của người trực tiếp điều hành hoạt động vận tải', 0, 1),
        D('Bản sao quyết định thành lập và quy định chức năng, nhiệm vụ của bộ phận quản lý, theo dõi các điều kiện về an toàn giao thông', 0, 1),
        D('Phương án kinh doanh vận tải bằng xe ô tô', 1, 0)],
  xl=['Sở Giao thông vận tải thẩm định hồ sơ, kiểm tra các điều kiện kinh doanh vận tải và cập nhật thông tin vào hệ thống dịch vụ công về quản lý vận tải.'],
  res='Giấy phép kinh doanh vận tải bằng xe ô tô.', rs='Giấy phép kinh doanh vận tải bằng xe ô tô',
  kw=['giấy phép kinh doanh vận tải', 'mở nhà xe', 'kinh doanh taxi', 'xe khách'],
  legal=VT_LEGAL, rel=['1.002862', '1.002866'])

P('duong-bo', '1.002862', 'Cấp lại Giấy phép kinh doanh vận tải bằng xe ô tô khi có sự thay đổi liên quan đến nội dung của Giấy phép kinh doanh', 4, 5, tol=1, impl=[GTVT],
  charge=200000, note='Lệ phí cấp giấy phép kinh doanh vận tải bằng xe ô tô 200.000 đồng/giấy phép.',
  subj='Đơn vị kinh doanh vận tải bằng xe ô tô',
  docs=[D('Giấy đề nghị cấp lại Giấy phép kinh doanh vận tải bằng xe ô tô theo mẫu', form='Giấy đề nghị cấp Giấy phép kinh doanh vận tải bằng xe ô tô'),
        D('Bản sao tài liệu chứng minh sự thay đổi của nội dung ghi trên Giấy phép kinh doanh', 0, 1)],
  res='Giấy phép kinh doanh vận tải bằng xe ô tô (cấp lại).', rs='Giấy phép kinh doanh vận tải bằng xe ô tô',
  kw=['đổi giấy phép kinh doanh vận tải', 'cấp lại giấy phép vận tải'], legal=VT_LEGAL, rel=['1.002861'])

P('duong-bo', '1.002866', 'Cấp phù hiệu xe ô tô kinh doanh vận tải hành khách, vận tải hàng hóa', 4, 2, impl=[GTVT],
  note='Không thu lệ phí.', subj='Đơn vị kinh doanh vận tải đã được cấp Giấy phép kinh doanh vận tải bằng xe ô tô',
  docs=[D('Giấy đề nghị cấp phù hiệu theo mẫu', form='Giấy đề nghị cấp phù hiệu xe ô tô kinh doanh vận tải'),
        D('Bản sao giấy đăng ký xe ô tô hoặc giấy hẹn cấp giấy đăng ký; hợp đồng thuê phương tiện (trường hợp xe không thuộc sở hữu của đơn vị)', 0, 1)],
  xl=['Sở Giao thông vận tải kiểm tra thông tin của xe trên hệ thống dữ liệu giám sát hành trình và in phù hiệu.'],
  res='Phù hiệu xe ô tô (xe khách tuyến cố định, xe hợp đồng, xe taxi, xe tải, xe đầu kéo...).', rs='phù hiệu xe ô tô',
  kw=['phù hiệu xe', 'cấp phù hiệu xe ô tô', 'xe hợp đồng'], legal=VT_LEGAL, rel=['1.002861'])

P('duong-bo', '1.001023', 'Cấp Giấy phép lưu hành xe quá tải trọng, xe quá khổ giới hạn, xe bánh xích, xe vận chuyển hàng siêu trường, siêu trọng trên đường bộ', 3, 2, impl=[GTVT],
  note='Không thu lệ phí.', subj='Tổ chức, cá nhân là chủ phương tiện hoặc người thuê vận tải',
  docs=[D('Đơn đề nghị cấp Giấy phép lưu hành xe theo mẫu', form='Đơn đề nghị cấp Giấy phép lưu hành xe'),
        D('Bản sao giấy đăng ký xe và giấy chứng nhận kiểm định an toàn kỹ thuật và bảo vệ môi trường', 0, 1),
        D('Phương án vận chuyển (trường hợp phải khảo sát, gia cố đường bộ)', 1, 0, req=False)],
  res='Giấy phép lưu hành xe.', rs='Giấy phép lưu hành xe',
  kw=['xe quá tải', 'xe quá khổ', 'chở hàng siêu trường siêu trọng'], legal=['lgtdb', 'tt46'])

P('duong-bo', '1.002892', 'Đăng ký lần đầu xe máy chuyên dùng', 3, 3, impl=[GTVT],
  charge=200000, note='Lệ phí cấp giấy chứng nhận đăng ký kèm biển số xe máy chuyên dùng: 200.000 đồng/lần.',
  subj='Tổ chức, cá nhân là chủ sở hữu xe máy chuyên dùng (máy xúc, máy ủi, xe lu...)',
  docs=[D('Tờ khai đăng ký xe máy chuyên dùng theo mẫu', form='Tờ khai đăng ký xe máy chuyên dùng'),
        D('Chứng từ xác định quyền sở hữu xe (hóa đơn, hợp đồng mua bán)', 1, 0),
        D('Chứng từ nguồn gốc xe (tờ khai hải quan đối với xe nhập khẩu; phiếu kiểm tra chất lượng xuất xưởng đối với xe sản xuất trong nước)', 1, 0)],
  res='Giấy chứng nhận đăng ký và biển số xe máy chuyên dùng.', rs='Giấy chứng nhận đăng ký xe máy chuyên dùng',
  kw=['đăng ký máy xúc', 'biển số xe máy chuyên dùng', 'xe công trình'], legal=['lgtdb', 'tt22xmcd', 'tt37'])

# ===== Việc làm ==============================================================
P('viec-lam', '1.001978', 'Giải quyết hưởng trợ cấp thất nghiệp', 4, 20, impl=[NV],
  note='Không thu phí, lệ phí.',
  cond='Người lao động đã chấm dứt hợp đồng lao động hoặc hợp đồng làm việc (trừ trường hợp đơn phương chấm dứt trái pháp luật, hưởng lương hưu); đã đóng bảo hiểm thất nghiệp từ đủ 12 tháng trở lên trong thời gian 24 tháng trước khi chấm dứt hợp đồng; đã nộp hồ sơ trong thời hạn 03 tháng kể từ ngày chấm dứt hợp đồng; chưa tìm được việc làm sau 15 ngày kể từ ngày nộp hồ sơ.',
  docs=[D('Đề nghị hưởng trợ cấp thất nghiệp theo mẫu', form='Đề nghị hưởng trợ cấp thất nghiệp'),
        D('Bản chính hoặc bản sao có chứng thực của một trong các giấy tờ xác nhận về việc chấm dứt hợp đồng lao động hoặc hợp đồng làm việc', 1, 0),
        D('Sổ bảo hiểm xã hội hoặc xác nhận quá trình đóng bảo hiểm thất nghiệp', 1, 0)],
  xl=['Trung tâm Dịch vụ việc làm tỉnh xác định thời gian đóng bảo hiểm thất nghiệp, tính mức và thời gian hưởng, trình Giám đốc Sở Nội vụ ký quyết định.'],
  cit='Người lao động thông báo hằng tháng về việc tìm kiếm việc làm với Trung tâm Dịch vụ việc làm trong thời gian hưởng trợ cấp thất nghiệp.',
  res='Quyết định về việc hưởng trợ cấp thất nghiệp; trợ cấp được chi trả qua cơ quan Bảo hiểm xã hội.', rs='Quyết định hưởng trợ cấp thất nghiệp',
  kw=['trợ cấp thất nghiệp', 'bảo hiểm thất nghiệp', 'nghỉ việc nhận tiền thất nghiệp', 'hưởng thất nghiệp online'],
  rel=['1.001973', '1.001966', '1.000401'])

P('viec-lam', '1.001973', 'Tạm dừng hưởng trợ cấp thất nghiệp', 2, 3, impl=[NV], note='Không thu phí, lệ phí.',
  subj='Người đang hưởng trợ cấp thất nghiệp không thông báo về việc tìm kiếm việc làm hằng tháng theo quy định',
  docs=[D('Thông báo về việc tìm kiếm việc làm hoặc giấy tờ chứng minh lý do không thông báo đúng hạn (nếu có)', 1, 0, req=False),
        D('Bản sao quyết định hưởng trợ cấp thất nghiệp', 0, 1, req=False)],
  res='Quyết định về việc tạm dừng hưởng trợ cấp thất nghiệp.', rs='Quyết định tạm dừng hưởng trợ cấp thất nghiệp',
  kw=['tạm dừng trợ cấp thất nghiệp', 'không thông báo tìm việc hằng tháng'], rel=['1.001978'])

P('viec-lam', '1.001966', 'Chuyển nơi hưởng trợ cấp thất nghiệp (chuyển đi)', 3, 3, impl=[NV], note='Không thu phí, lệ phí.',
  subj='Người đang hưởng trợ cấp thất nghiệp có nhu cầu chuyển nơi hưởng sang tỉnh khác',
  docs=[D('Đề nghị chuyển nơi hưởng trợ cấp thất nghiệp theo mẫu', form='Đề nghị chuyển nơi hưởng trợ cấp thất nghiệp'),
        D('Bản sao quyết định hưởng trợ cấp thất nghiệp', 0, 1)],
  res='Giấy giới thiệu chuyển nơi hưởng trợ cấp thất nghiệp và hồ sơ hưởng được chuyển đến tỉnh mới.', rs='Giấy giới thiệu chuyển nơi hưởng trợ cấp thất nghiệp',
  kw=['chuyển nơi hưởng thất nghiệp', 'chuyển tỉnh nhận trợ cấp thất nghiệp'], rel=['1.001978'])

P('viec-lam', '1.000401', 'Giải quyết hỗ trợ học nghề', 3, 20, impl=[NV], note='Không thu phí, lệ phí.',
  subj='Người đang hưởng trợ cấp thất nghiệp có nhu cầu học nghề',
  cond='Người lao động đang hưởng trợ cấp thất nghiệp hoặc đã đóng bảo hiểm thất nghiệp từ đủ 09 tháng trở lên; mức hỗ trợ học nghề tối đa 4.500.000 đồng/người/tháng và thời gian hỗ trợ không quá 06 tháng.',
  docs=[D('Đề nghị hỗ trợ học nghề theo mẫu', form='Đề nghị hỗ trợ học nghề'),
        D('Bản chụp quyết định hưởng trợ cấp thất nghiệp (nếu có)', 0, 1, req=False)],
  res='Quyết định về việc hỗ trợ học nghề.', rs='Quyết định hỗ trợ học nghề',
  kw=['học nghề miễn phí', 'hỗ trợ học nghề thất nghiệp'], rel=['1.001978'])

P('viec-lam', '2.000205', 'Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam', 4, 5, impl=[NV],
  fee=600000, note='600.000 đồng/giấy phép theo Nghị quyết của Hội đồng nhân dân tỉnh Kon Tum.',
  subj='Người sử dụng lao động nước ngoài; người lao động nước ngoài',
  cond='Người sử dụng lao động đã được chấp thuận nhu cầu sử dụng người lao động nước ngoài; người lao động đủ 18 tuổi, có trình độ chuyên môn, kinh nghiệm phù hợp, đủ sức khỏe và không phải là người đang chấp hành hình phạt.',
  docs=[D('Văn bản đề nghị cấp giấy phép lao động của người sử dụng lao động theo mẫu', form='Văn bản đề nghị cấp giấy phép lao động'),
        D('Giấy chứng nhận sức khỏe hoặc giấy khám sức khỏe do cơ quan có thẩm quyền cấp trong thời hạn 12 tháng', 1, 0),
        D('Phiếu lý lịch tư pháp hoặc văn bản xác nhận không phải là người đang chấp hành hình phạt (cấp không quá 06 tháng)', 1, 0),
        D('Văn bản, giấy tờ chứng minh là nhà quản lý, giám đốc điều hành, chuyên gia, lao động kỹ thuật', 1, 0),
        D('02 ảnh màu cỡ 4 x 6 cm, phông nền trắng', 2, 0),
        D('Bản sao hộ chiếu còn giá trị', 0, 1)],
  res='Giấy phép lao động.', rs='Giấy phép lao động',
  kw=['giấy phép lao động', 'work permit', 'người nước ngoài làm việc'],
  legal=['blld', 'nd152'], rel=['2.000192'])

P('viec-lam', '2.000192', 'Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động', 3, 3, impl=[NV],
  note='Không thu phí.', subj='Người sử dụng lao động nước ngoài',
  docs=[D('Văn bản đề nghị xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động theo mẫu', form='Văn bản đề nghị cấp giấy phép lao động'),
        D('Giấy tờ chứng minh người lao động nước ngoài thuộc diện không cấp giấy phép lao động', 0, 1)],
  res='Văn bản xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động.', rs='Văn bản xác nhận',
  kw=['miễn giấy phép lao động', 'xác nhận không thuộc diện cấp giấy phép lao động'], legal=['blld', 'nd152'], rel=['2.000205'])

# ===== Bảo trợ xã hội ========================================================
P('bao-tro-xa-hoi', '1.001776', 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội', 3, 5, impl=['XA'], comp=['HUYEN'],
  note='Không thu phí, lệ phí.', subj='Cơ quan, tổ chức, gia đình hoặc cá nhân tổ chức mai táng cho đối tượng bảo trợ xã hội',
  cond='Người chết thuộc diện đang hưởng trợ cấp xã hội hằng tháng, người từ đủ 80 tuổi trở lên không có lương hưu hoặc trợ cấp bảo hiểm xã hội, hoặc thuộc các trường hợp khác theo Nghị định số 20/2021/NĐ-CP.',
  docs=[D('Tờ khai đề nghị hỗ trợ chi phí mai táng theo mẫu', form='Tờ khai đề nghị hỗ trợ chi phí mai táng'),
        D('Bản sao giấy chứng tử hoặc trích lục khai tử', 0, 1),
        D('Bản sao quyết định hưởng trợ cấp xã hội của người đã chết (nếu có)', 0, 1, req=False)],
  xl=['Công chức văn hóa - xã hội xác minh, Ủy ban nhân dân cấp xã có văn bản đề nghị gửi Phòng Lao động - Thương binh và Xã hội.'],
  res='Quyết định hỗ trợ chi phí mai táng của Chủ tịch Ủy ban nhân dân cấp huyện.', rs='Quyết định hỗ trợ chi phí mai táng',
  kw=['tiền mai táng', 'hỗ trợ mai táng phí', 'chi phí ma chay'], legal=['nd20', 'tt02ld'], rel=['2.000286'], ia=['1.012131'])

P('bao-tro-xa-hoi', '2.000286', 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng', 3, 20, impl=['XA'], comp=['HUYEN'],
  note='Không thu phí, lệ phí.',
  subj='Người cao tuổi, người khuyết tật, trẻ em không có nguồn nuôi dưỡng, người đơn thân nghèo đang nuôi con và các đối tượng khác theo Nghị định số 20/2021/NĐ-CP',
  cond='Mức chuẩn trợ giúp xã hội là 500.000 đồng/tháng từ ngày 01/7/2024; mức trợ cấp hằng tháng bằng mức chuẩn nhân với hệ số tương ứng của từng đối tượng.',
  docs=[D('Tờ khai đề nghị trợ giúp xã hội theo mẫu', form='Tờ khai đề nghị trợ giúp xã hội'),
        D('Bản sao Giấy xác nhận khuyết tật (đối với người khuyết tật)', 0, 1, req=False),
        D('Giấy tờ chứng minh thuộc diện đối tượng (giấy chứng tử của cha, mẹ; quyết định ly hôn; giấy xác nhận hộ nghèo...)', 0, 1, req=False)],
  xl=['Hội đồng xét duyệt trợ giúp xã hội cấp xã họp, xét duyệt hồ sơ và niêm yết công khai kết quả trong 02 ngày làm việc; Ủy ban nhân dân cấp xã gửi văn bản đề nghị đến Phòng Lao động - Thương binh và Xã hội.'],
  res='Quyết định trợ cấp xã hội hằng tháng hoặc hỗ trợ kinh phí chăm sóc, nuôi dưỡng của Chủ tịch Ủy ban nhân dân cấp huyện.', rs='Quyết định trợ cấp xã hội hằng tháng',
  kw=['trợ cấp xã hội', 'trợ cấp người cao tuổi', 'trợ cấp khuyết tật', 'chế độ bảo trợ xã hội'],
  legal=['nd20', 'tt02ld', 'lnkt'], rel=['1.001699', '1.001776'])

P('bao-tro-xa-hoi', '1.001699', 'Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật', 3, 30, impl=['XA'],
  note='Không thu phí, lệ phí.', subj='Người khuyết tật; người đại diện hợp pháp của người khuyết tật',
  docs=[D('Đơn đề nghị xác định, xác định lại mức độ khuyết tật theo mẫu', form='Đơn đề nghị xác định, xác định lại mức độ khuyết tật'),
        D('Bản sao các giấy tờ liên quan đến khuyết tật (bệnh án, giấy tờ khám, điều trị, phẫu thuật, giấy tờ liên quan khác) nếu có', 0, 1, req=False),
        D('Bản sao kết luận của Hội đồng giám định y khoa (nếu có)', 0, 1, req=False)],
  xl=['Hội đồng xác định mức độ khuyết tật cấp xã tổ chức quan sát trực tiếp người khuyết tật, phỏng vấn người khuyết tật hoặc người đại diện và lập biên bản xác định mức độ khuyết tật.'],
  res='Giấy xác nhận khuyết tật.', rs='Giấy xác nhận khuyết tật',
  kw=['giấy xác nhận khuyết tật', 'xác định mức độ khuyết tật', 'người khuyết tật'],
  legal=['lnkt', 'nd28kt', 'tt01kt'], rel=['1.001653', '2.000286'])

P('bao-tro-xa-hoi', '1.001653', 'Đổi, cấp lại Giấy xác nhận khuyết tật', 3, 5, impl=['XA'], note='Không thu phí, lệ phí.',
  subj='Người khuyết tật có Giấy xác nhận khuyết tật bị hư hỏng, mất hoặc thay đổi thông tin cá nhân',
  docs=[D('Đơn đề nghị đổi, cấp lại Giấy xác nhận khuyết tật theo mẫu', form='Đơn đề nghị đổi, cấp lại Giấy xác nhận khuyết tật'),
        D('Giấy xác nhận khuyết tật đã được cấp (trường hợp đổi)', 1, 0, req=False)],
  res='Giấy xác nhận khuyết tật (đổi, cấp lại).', rs='Giấy xác nhận khuyết tật',
  kw=['cấp lại giấy khuyết tật', 'đổi giấy xác nhận khuyết tật'], legal=['lnkt', 'nd28kt', 'tt01kt'], rel=['1.001699'])

P('bao-tro-xa-hoi', '2.000744', 'Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở, sửa chữa nhà ở', 2, 10, impl=['XA'], comp=['HUYEN'],
  note='Không thu phí, lệ phí.', subj='Hộ gia đình có nhà ở bị đổ, sập, trôi, cháy hoàn toàn hoặc hư hỏng nặng do thiên tai, hỏa hoạn mà không còn nơi ở',
  docs=[D('Tờ khai đề nghị hỗ trợ về nhà ở theo mẫu', form='Tờ khai đề nghị hỗ trợ về nhà ở'),
        D('Giấy tờ chứng minh thiệt hại về nhà ở (biên bản kiểm tra của thôn, tổ dân phố; hình ảnh hiện trạng nếu có)', 1, 0, req=False)],
  xl=['Ủy ban nhân dân cấp xã kiểm tra thực tế mức độ thiệt hại, lập danh sách hộ gia đình cần hỗ trợ gửi Phòng Lao động - Thương binh và Xã hội.'],
  res='Quyết định hỗ trợ làm nhà ở, sửa chữa nhà ở.', rs='Quyết định hỗ trợ làm nhà ở, sửa chữa nhà ở',
  kw=['nhà bị sập do bão', 'hỗ trợ làm nhà', 'nhà cháy'], legal=['nd20', 'tt02ld'], rel=['2.000286'])

P('bao-tro-xa-hoi', '1.009853', 'Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm', 3, 7, impl=['XA'], post=False,
  note='Không thu phí, lệ phí.', subj='Hộ gia đình có nhu cầu được công nhận hộ nghèo, hộ cận nghèo',
  docs=[D('Giấy đề nghị rà soát hộ nghèo, hộ cận nghèo phát sinh trong năm theo mẫu', form='Giấy đề nghị rà soát hộ nghèo, hộ cận nghèo phát sinh trong năm'), ID],
  xl=['Ban chỉ đạo giảm nghèo cấp xã chỉ đạo rà soát, thu thập thông tin hộ gia đình bằng phiếu B1, B2 và tổ chức họp thống nhất kết quả với trưởng thôn, tổ dân phố.'],
  res='Quyết định công nhận hộ nghèo, hộ cận nghèo và Giấy chứng nhận hộ nghèo, hộ cận nghèo của Chủ tịch Ủy ban nhân dân cấp xã.', rs='Quyết định công nhận hộ nghèo, hộ cận nghèo',
  kw=['xin hộ nghèo', 'sổ hộ nghèo', 'hộ cận nghèo'], legal=['nd07', 'qd24'], rel=['2.000286'])

# ===== Người có công =========================================================
P('nguoi-co-cong', '1.010822', 'Giải quyết chế độ đối với thân nhân khi người có công với cách mạng từ trần', 3, 12, impl=['XA'], comp=[NV],
  note='Không thu phí, lệ phí.', subj='Thân nhân của người có công với cách mạng; người tổ chức mai táng',
  docs=[D('Bản khai đề nghị giải quyết chế độ khi người có công từ trần theo mẫu', form='Bản khai đề nghị giải quyết chế độ khi người có công từ trần'),
        D('Bản sao giấy chứng tử hoặc trích lục khai tử', 0, 1),
        D('Giấy tờ chứng minh là thân nhân đủ điều kiện hưởng trợ cấp tuất (nếu có)', 0, 1, req=False)],
  xl=['Ủy ban nhân dân cấp xã xác nhận bản khai, gửi Phòng Lao động - Thương binh và Xã hội; Sở Nội vụ kiểm tra, ra quyết định trợ cấp một lần, mai táng phí và trợ cấp tuất (nếu có).'],
  res='Quyết định trợ cấp một lần, trợ cấp mai táng và trợ cấp tuất hằng tháng (nếu đủ điều kiện).', rs='Quyết định giải quyết chế độ',
  kw=['tiền tuất người có công', 'chế độ khi người có công mất', 'mai táng phí thương binh'], ia=['1.012131'], rel=['1.002252'])

P('nguoi-co-cong', '1.002252', 'Giải quyết chế độ trợ cấp thờ cúng liệt sĩ', 3, 15, impl=['XA'], comp=[NV],
  note='Không thu phí, lệ phí.', subj='Đại diện thân nhân hoặc người được ủy quyền thờ cúng liệt sĩ',
  docs=[D('Văn bản ủy quyền thờ cúng liệt sĩ và bản khai đề nghị giải quyết chế độ thờ cúng liệt sĩ theo mẫu', form='Bản khai đề nghị giải quyết chế độ thờ cúng liệt sĩ'),
        D('Bản sao Bằng "Tổ quốc ghi công" hoặc giấy tờ chứng minh là liệt sĩ', 0, 1)],
  res='Quyết định trợ cấp thờ cúng liệt sĩ.', rs='Quyết định trợ cấp thờ cúng liệt sĩ',
  kw=['tiền thờ cúng liệt sĩ', 'chế độ thờ cúng liệt sĩ'], rel=['1.002271'])

P('nguoi-co-cong', '1.002271', 'Cấp giấy giới thiệu đi thăm viếng mộ liệt sĩ và hỗ trợ thăm viếng mộ liệt sĩ', 3, 5, impl=[NV],
  note='Không thu phí, lệ phí.', subj='Thân nhân liệt sĩ (tối đa 03 người mỗi năm) hoặc người thờ cúng liệt sĩ',
  docs=[D('Đơn đề nghị cấp giấy giới thiệu thăm viếng mộ liệt sĩ theo mẫu', form='Đơn đề nghị cấp giấy giới thiệu thăm viếng mộ liệt sĩ'),
        D('Giấy báo tin mộ liệt sĩ hoặc giấy tờ chứng minh vị trí mộ liệt sĩ', 0, 1)],
  res='Giấy giới thiệu thăm viếng mộ liệt sĩ; tiền hỗ trợ đi lại và chi phí ăn, ở theo quy định.', rs='Giấy giới thiệu thăm viếng mộ liệt sĩ',
  kw=['thăm mộ liệt sĩ', 'hỗ trợ đi thăm mộ liệt sĩ'], rel=['1.002252'])

P('nguoi-co-cong', '1.002305', 'Di chuyển hồ sơ khi người hưởng trợ cấp ưu đãi thay đổi nơi thường trú', 3, 5, impl=[NV],
  note='Không thu phí, lệ phí.', subj='Người có công, thân nhân người có công đang hưởng trợ cấp ưu đãi',
  docs=[D('Đơn đề nghị di chuyển hồ sơ người có công theo mẫu', form='Đơn đề nghị di chuyển hồ sơ người có công'),
        D('Bản sao giấy tờ chứng minh nơi thường trú mới (nếu thông tin chưa có trong Cơ sở dữ liệu quốc gia về dân cư)', 0, 1, req=False)],
  res='Phiếu báo di chuyển hồ sơ người có công và hồ sơ được chuyển đến tỉnh nơi chuyển đến.', rs='Phiếu báo di chuyển hồ sơ',
  kw=['chuyển hồ sơ thương binh', 'chuyển nơi hưởng chế độ người có công'])

P('nguoi-co-cong', '1.002519', 'Giải quyết chế độ ưu đãi đối với con đẻ của người hoạt động kháng chiến bị nhiễm chất độc hóa học', 2, 30, impl=[NV],
  note='Không thu phí, lệ phí.', subj='Con đẻ bị dị dạng, dị tật của người hoạt động kháng chiến bị nhiễm chất độc hóa học',
  docs=[D('Bản khai đề nghị giải quyết chế độ theo mẫu', form='Bản khai đề nghị giải quyết chế độ người có công'),
        D('Bản sao giấy khai sinh của con đẻ', 0, 1),
        D('Biên bản giám định y khoa xác định tỷ lệ suy giảm khả năng lao động (nếu có)', 0, 1, req=False)],
  xl=['Sở Nội vụ kiểm tra hồ sơ, giới thiệu đi giám định tại Hội đồng giám định y khoa (nếu cần).'],
  res='Quyết định trợ cấp hằng tháng đối với con đẻ của người hoạt động kháng chiến bị nhiễm chất độc hóa học.', rs='Quyết định trợ cấp hằng tháng',
  kw=['chất độc da cam', 'nạn nhân chất độc hóa học'])

# ===== Giáo dục và Đào tạo ===================================================
P('giao-duc-va-dao-tao', '1.005092', 'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc', 4, '4h', impl=[GD, 'HUYEN'], tol=1,
  note='Không thu phí.', subj='Người được cấp văn bằng, chứng chỉ; cha, mẹ, con, vợ, chồng, anh, chị, em ruột, người thừa kế khác của người được cấp (trường hợp người đó đã chết)',
  cond='Cơ quan đang quản lý sổ gốc cấp văn bằng, chứng chỉ cấp bản sao; trường hợp nhận yêu cầu sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo.',
  docs=[D('Đơn đề nghị cấp bản sao văn bằng, chứng chỉ từ sổ gốc theo mẫu', form='Đơn đề nghị cấp bản sao văn bằng, chứng chỉ từ sổ gốc'), ID,
        D('Giấy tờ chứng minh quan hệ với người được cấp văn bằng (trường hợp yêu cầu cấp thay)', 0, 1, req=False)],
  xl=['Cơ quan quản lý sổ gốc đối chiếu thông tin với sổ gốc cấp văn bằng, chứng chỉ (Sở Giáo dục và Đào tạo đối với bằng tốt nghiệp trung học phổ thông, Phòng Giáo dục và Đào tạo đối với bằng tốt nghiệp trung học cơ sở).'],
  res='Bản sao văn bằng, chứng chỉ từ sổ gốc.', rs='bản sao văn bằng, chứng chỉ từ sổ gốc',
  kw=['mất bằng tốt nghiệp', 'bản sao bằng tốt nghiệp THPT', 'xin lại bằng cấp 3'],
  legal=['lgd', 'tt21vb', 'nd23'], rel=['1.005088'],
  lead={'district': 'Trưởng phòng hoặc Phó Trưởng phòng Giáo dục và Đào tạo'})

P('giao-duc-va-dao-tao', '1.005088', 'Chỉnh sửa nội dung văn bằng, chứng chỉ', 3, 5, impl=[GD],
  note='Không thu phí.', subj='Người được cấp văn bằng, chứng chỉ có nội dung ghi sai hoặc đã được cải chính hộ tịch',
  docs=[D('Đơn đề nghị chỉnh sửa văn bằng, chứng chỉ theo mẫu', form='Đơn đề nghị chỉnh sửa nội dung văn bằng, chứng chỉ'),
        D('Văn bằng, chứng chỉ đề nghị chỉnh sửa', 1, 0),
        D('Quyết định cho phép thay đổi, cải chính hộ tịch hoặc giấy khai sinh (bản sao)', 0, 1)],
  res='Quyết định chỉnh sửa văn bằng, chứng chỉ; văn bằng được chỉnh sửa.', rs='Quyết định chỉnh sửa văn bằng, chứng chỉ',
  kw=['sai tên trên bằng tốt nghiệp', 'sửa bằng tốt nghiệp'], legal=['lgd', 'tt21vb'], rel=['1.005092', '1.004859'])

P('giao-duc-va-dao-tao', '1.001088', 'Chuyển trường đối với học sinh trung học phổ thông', 3, 3, impl=[GD],
  note='Không thu phí.', subj='Học sinh trung học phổ thông chuyển trường trong tỉnh, từ tỉnh khác đến hoặc từ nước ngoài về',
  cond='Học sinh chuyển trường vào đầu năm học hoặc cuối học kỳ I; trường hợp đặc biệt do Giám đốc Sở Giáo dục và Đào tạo xem xét.',
  docs=[D('Đơn xin chuyển trường do cha, mẹ hoặc người giám hộ ký theo mẫu', form='Đơn xin chuyển trường'),
        D('Học bạ (bản chính)', 1, 0), D('Giấy chứng nhận trúng tuyển vào lớp 10 hoặc giấy xác nhận hoàn thành chương trình (bản sao)', 0, 1),
        D('Giấy giới thiệu chuyển trường do Hiệu trưởng nhà trường nơi đi cấp', 1, 0)],
  res='Giấy giới thiệu chuyển trường của Sở Giáo dục và Đào tạo; học sinh được trường nơi đến tiếp nhận.', rs='Giấy giới thiệu chuyển trường',
  kw=['chuyển trường cấp 3', 'xin chuyển trường THPT'], legal=['lgd', 'qd51'], rel=['1.004831'])

P('giao-duc-va-dao-tao', '1.004831', 'Chuyển trường đối với học sinh trung học cơ sở', 3, 3, impl=['HUYEN'],
  note='Không thu phí.', subj='Học sinh trung học cơ sở',
  docs=[D('Đơn xin chuyển trường do cha, mẹ hoặc người giám hộ ký theo mẫu', form='Đơn xin chuyển trường'),
        D('Học bạ (bản chính)', 1, 0), D('Giấy giới thiệu chuyển trường do Hiệu trưởng nhà trường nơi đi cấp', 1, 0)],
  res='Giấy giới thiệu chuyển trường của Phòng Giáo dục và Đào tạo.', rs='Giấy giới thiệu chuyển trường',
  kw=['chuyển trường cấp 2', 'xin chuyển trường THCS'], legal=['lgd', 'qd51'], rel=['1.001088'],
  lead={'district': 'Trưởng phòng hoặc Phó Trưởng phòng Giáo dục và Đào tạo'})

P('giao-duc-va-dao-tao', '1.004494', 'Cho phép thành lập trường mầm non, nhà trẻ dân lập, tư thục', 2, 20, impl=['HUYEN'],
  note='Không thu phí.', subj='Tổ chức, cá nhân đề nghị thành lập trường mầm non, nhà trẻ dân lập, tư thục',
  cond='Có đề án thành lập trường phù hợp với quy hoạch phát triển kinh tế - xã hội và quy hoạch mạng lưới cơ sở giáo dục; có đất đai, cơ sở vật chất, đội ngũ dự kiến đáp ứng yêu cầu.',
  docs=[D('Tờ trình đề nghị cho phép thành lập trường theo mẫu', form='Tờ trình đề nghị thành lập trường mầm non'),
        D('Đề án thành lập trường', 1, 0),
        D('Bản sao giấy tờ về quyền sử dụng đất hoặc hợp đồng thuê địa điểm xây dựng trường', 0, 1)],
  res='Quyết định cho phép thành lập trường mầm non, nhà trẻ của Chủ tịch Ủy ban nhân dân cấp huyện.', rs='Quyết định cho phép thành lập trường',
  kw=['mở trường mầm non tư thục', 'thành lập nhà trẻ'], rel=['1.004492'])

P('giao-duc-va-dao-tao', '1.004492', 'Cho phép trường mầm non, nhà trẻ hoạt động giáo dục', 2, 20, impl=['HUYEN'],
  note='Không thu phí.', subj='Trường mầm non, nhà trẻ đã có quyết định thành lập hoặc cho phép thành lập',
  docs=[D('Tờ trình đề nghị cho phép hoạt động giáo dục theo mẫu', form='Tờ trình đề nghị cho phép hoạt động giáo dục'),
        D('Danh sách đội ngũ cán bộ quản lý, giáo viên, nhân viên kèm hợp đồng lao động', 1, 0),
        D('Quy chế tổ chức và hoạt động, quy chế chi tiêu nội bộ của trường', 1, 0)],
  xl=['Phòng Giáo dục và Đào tạo tổ chức kiểm tra thực tế cơ sở vật chất, đội ngũ, chương trình giáo dục.'],
  res='Quyết định cho phép hoạt động giáo dục.', rs='Quyết định cho phép hoạt động giáo dục',
  kw=['giấy phép hoạt động trường mầm non', 'cho phép hoạt động giáo dục'], rel=['1.004494'])

P('giao-duc-va-dao-tao', '1.000288', 'Công nhận trường mầm non đạt chuẩn quốc gia', 1, 30, impl=[GD], comp=[TINH], post=False,
  note='Không thu phí.', subj='Trường mầm non, nhà trẻ, trường mẫu giáo',
  docs=[D('Tờ trình đề nghị công nhận trường đạt chuẩn quốc gia của Ủy ban nhân dân cấp huyện', 1, 0),
        D('Báo cáo tự đánh giá và báo cáo đánh giá ngoài của trường', 1, 0)],
  xl=['Sở Giáo dục và Đào tạo thành lập đoàn kiểm tra, đánh giá thực tế tại trường, trình Ủy ban nhân dân tỉnh quyết định.'],
  res='Quyết định và Bằng công nhận trường mầm non đạt chuẩn quốc gia.', rs='Quyết định công nhận trường đạt chuẩn quốc gia',
  kw=['trường chuẩn quốc gia', 'trường mầm non đạt chuẩn'], legal=['lgd', 'tt19mn'])

# ===== Khám bệnh, chữa bệnh; dược ============================================
P('kham-benh-chua-benh', '1.012263', 'Cấp mới giấy phép hành nghề đối với chức danh chuyên môn là bác sỹ, y sỹ, điều dưỡng, hộ sinh, kỹ thuật y, dinh dưỡng lâm sàng, cấp cứu viên ngoại viện, tâm lý lâm sàng', 3, 20, impl=[YT],
  fee=360000, note='Phí thẩm định cấp giấy phép hành nghề: 360.000 đồng/hồ sơ.',
  subj='Người hành nghề khám bệnh, chữa bệnh',
  cond='Có văn bằng phù hợp với chức danh chuyên môn; có giấy xác nhận hoàn thành thực hành; đạt kết quả kiểm tra đánh giá năng lực hành nghề (theo lộ trình); có đủ sức khỏe để hành nghề.',
  docs=[D('Đơn đề nghị cấp mới giấy phép hành nghề theo mẫu', form='Đơn đề nghị cấp giấy phép hành nghề khám bệnh, chữa bệnh'),
        D('Bản sao văn bằng chuyên môn phù hợp với chức danh đề nghị cấp giấy phép', 0, 1),
        D('Giấy xác nhận hoàn thành quá trình thực hành', 1, 0),
        D('Giấy chứng nhận đủ sức khỏe để hành nghề do cơ sở khám bệnh, chữa bệnh có thẩm quyền cấp trong thời hạn 06 tháng', 1, 0),
        D('Phiếu lý lịch tư pháp (trường hợp người nước ngoài)', 1, 0, req=False)],
  xl=['Sở Y tế thẩm định hồ sơ; Hội đồng chuyên môn xem xét và đề xuất cấp giấy phép hành nghề.'],
  res='Giấy phép hành nghề khám bệnh, chữa bệnh.', rs='Giấy phép hành nghề khám bệnh, chữa bệnh',
  kw=['chứng chỉ hành nghề khám bệnh, chữa bệnh', 'giấy phép hành nghề bác sĩ', 'chứng chỉ hành nghề y', 'chứng chỉ hành nghề điều dưỡng'],
  rel=['1.012267', '1.012270'])

P('kham-benh-chua-benh', '1.012267', 'Cấp lại giấy phép hành nghề khám bệnh, chữa bệnh', 3, 10, impl=[YT],
  fee=150000, note='Phí thẩm định cấp lại giấy phép hành nghề: 150.000 đồng/hồ sơ.',
  subj='Người hành nghề có giấy phép bị mất, hư hỏng hoặc bị thu hồi do cấp không đúng thẩm quyền',
  docs=[D('Đơn đề nghị cấp lại giấy phép hành nghề theo mẫu', form='Đơn đề nghị cấp giấy phép hành nghề khám bệnh, chữa bệnh'),
        D('Bản gốc giấy phép hành nghề đã được cấp (trường hợp bị hư hỏng)', 1, 0, req=False)],
  res='Giấy phép hành nghề khám bệnh, chữa bệnh (cấp lại).', rs='Giấy phép hành nghề',
  kw=['mất chứng chỉ hành nghề', 'cấp lại chứng chỉ hành nghề y'], rel=['1.012263'])

P('kham-benh-chua-benh', '1.012270', 'Điều chỉnh giấy phép hành nghề khám bệnh, chữa bệnh', 3, 10, impl=[YT],
  fee=150000, note='Phí thẩm định điều chỉnh giấy phép hành nghề: 150.000 đồng/hồ sơ.',
  subj='Người hành nghề thay đổi, bổ sung phạm vi hành nghề',
  docs=[D('Đơn đề nghị điều chỉnh giấy phép hành nghề theo mẫu', form='Đơn đề nghị cấp giấy phép hành nghề khám bệnh, chữa bệnh'),
        D('Bản sao văn bằng, chứng chỉ đào tạo liên quan đến phạm vi hành nghề đề nghị bổ sung', 0, 1),
        D('Giấy xác nhận hoàn thành thực hành đối với phạm vi đề nghị bổ sung', 1, 0)],
  res='Giấy phép hành nghề khám bệnh, chữa bệnh điều chỉnh.', rs='Giấy phép hành nghề điều chỉnh',
  kw=['bổ sung phạm vi hành nghề', 'điều chỉnh giấy phép hành nghề y'], rel=['1.012263'])

P('kham-benh-chua-benh', '1.012281', 'Cấp mới giấy phép hoạt động đối với phòng khám đa khoa', 2, 30, impl=[YT],
  fee=5700000, note='Phí thẩm định cấp giấy phép hoạt động đối với phòng khám đa khoa: 5.700.000 đồng/hồ sơ.',
  subj='Cơ sở khám bệnh, chữa bệnh',
  docs=[D('Đơn đề nghị cấp giấy phép hoạt động theo mẫu', form='Đơn đề nghị cấp giấy phép hoạt động cơ sở khám bệnh, chữa bệnh'),
        D('Bản sao hợp lệ quyết định thành lập hoặc giấy chứng nhận đăng ký doanh nghiệp', 0, 1),
        D('Danh sách người hành nghề kèm giấy phép hành nghề; bảng kê khai cơ sở vật chất, thiết bị y tế', 1, 0),
        D('Danh mục chuyên môn kỹ thuật đề xuất', 1, 0)],
  xl=['Sở Y tế thành lập đoàn thẩm định, thẩm định tại cơ sở và lập biên bản thẩm định.'],
  res='Giấy phép hoạt động khám bệnh, chữa bệnh và danh mục chuyên môn kỹ thuật được phê duyệt.', rs='Giấy phép hoạt động',
  kw=['mở phòng khám đa khoa', 'giấy phép phòng khám'], rel=['1.012282'])

P('kham-benh-chua-benh', '1.012282', 'Cấp mới giấy phép hoạt động đối với phòng khám chuyên khoa', 2, 30, impl=[YT],
  fee=4300000, note='Phí thẩm định cấp giấy phép hoạt động đối với phòng khám chuyên khoa: 4.300.000 đồng/hồ sơ.',
  subj='Cơ sở khám bệnh, chữa bệnh',
  docs=[D('Đơn đề nghị cấp giấy phép hoạt động theo mẫu', form='Đơn đề nghị cấp giấy phép hoạt động cơ sở khám bệnh, chữa bệnh'),
        D('Bản sao giấy phép hành nghề của người chịu trách nhiệm chuyên môn kỹ thuật', 0, 1),
        D('Bảng kê khai cơ sở vật chất, thiết bị y tế, tổ chức nhân sự', 1, 0)],
  xl=['Sở Y tế thành lập đoàn thẩm định, thẩm định tại cơ sở và lập biên bản thẩm định.'],
  res='Giấy phép hoạt động khám bệnh, chữa bệnh.', rs='Giấy phép hoạt động',
  kw=['mở phòng khám chuyên khoa', 'phòng khám nha khoa', 'phòng khám tư'], rel=['1.012281'])

P('duoc-pham', '1.004616', 'Cấp Chứng chỉ hành nghề dược (bao gồm cả trường hợp cấp Chứng chỉ hành nghề dược nhưng Chứng chỉ hành nghề dược bị thu hồi) theo hình thức xét hồ sơ', 3, 20, impl=[YT],
  fee=500000, note='Phí thẩm định cấp Chứng chỉ hành nghề dược: 500.000 đồng/hồ sơ.',
  subj='Dược sĩ, người có văn bằng chuyên môn về dược',
  cond='Có văn bằng, chứng chỉ, giấy chứng nhận chuyên môn phù hợp; có thời gian thực hành chuyên môn tại cơ sở dược phù hợp; có giấy chứng nhận đủ sức khỏe để hành nghề dược.',
  docs=[D('Đơn đề nghị cấp Chứng chỉ hành nghề dược theo mẫu', form='Đơn đề nghị cấp Chứng chỉ hành nghề dược'),
        D('Bản sao có chứng thực văn bằng chuyên môn', 0, 1),
        D('Giấy xác nhận về thời gian thực hành chuyên môn', 1, 0),
        D('Giấy chứng nhận đủ sức khỏe để hành nghề dược do cơ sở y tế có thẩm quyền cấp', 1, 0),
        D('02 ảnh chân dung cỡ 4 x 6 cm chụp trong thời gian không quá 06 tháng', 2, 0)],
  xl=['Hội đồng tư vấn cấp Chứng chỉ hành nghề dược của Sở Y tế xem xét hồ sơ.'],
  res='Chứng chỉ hành nghề dược.', rs='Chứng chỉ hành nghề dược',
  kw=['chứng chỉ hành nghề dược', 'chứng chỉ dược sĩ', 'mở nhà thuốc'], rel=['1.004599', '1.004604'])

P('duoc-pham', '1.004599', 'Cấp Giấy chứng nhận đủ điều kiện kinh doanh dược đối với cơ sở bán lẻ thuốc (nhà thuốc, quầy thuốc)', 3, 20, impl=[YT],
  fee=1000000, note='Phí thẩm định điều kiện kinh doanh đối với cơ sở bán lẻ thuốc: 1.000.000 đồng/cơ sở; 500.000 đồng/cơ sở đối với cơ sở tại địa bàn có điều kiện kinh tế - xã hội đặc biệt khó khăn.',
  subj='Cơ sở bán lẻ thuốc',
  docs=[D('Đơn đề nghị cấp Giấy chứng nhận đủ điều kiện kinh doanh dược theo mẫu', form='Đơn đề nghị cấp Giấy chứng nhận đủ điều kiện kinh doanh dược'),
        D('Tài liệu kỹ thuật về địa điểm, khu vực bảo quản, trang thiết bị bảo quản, hệ thống quản lý chất lượng', 1, 0),
        D('Bản sao Chứng chỉ hành nghề dược của người chịu trách nhiệm chuyên môn về dược', 0, 1),
        D('Bản sao giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh', 0, 1)],
  xl=['Sở Y tế tổ chức đánh giá thực tế việc đáp ứng Thực hành tốt cơ sở bán lẻ thuốc (GPP).'],
  res='Giấy chứng nhận đủ điều kiện kinh doanh dược và Giấy chứng nhận đạt Thực hành tốt cơ sở bán lẻ thuốc.', rs='Giấy chứng nhận đủ điều kiện kinh doanh dược',
  kw=['mở nhà thuốc', 'mở quầy thuốc', 'GPP nhà thuốc'], rel=['1.004616'])

P('duoc-pham', '1.004604', 'Cấp lại Chứng chỉ hành nghề dược (trường hợp bị hư hỏng hoặc bị mất)', 3, 5, impl=[YT],
  note='Không thu phí.', subj='Người đã được cấp Chứng chỉ hành nghề dược',
  docs=[D('Đơn đề nghị cấp lại Chứng chỉ hành nghề dược theo mẫu', form='Đơn đề nghị cấp Chứng chỉ hành nghề dược'),
        D('02 ảnh chân dung cỡ 4 x 6 cm', 2, 0)],
  res='Chứng chỉ hành nghề dược (cấp lại).', rs='Chứng chỉ hành nghề dược', kw=['mất chứng chỉ hành nghề dược', 'cấp lại chứng chỉ dược'], rel=['1.004616'])

# ===== An toàn thực phẩm =====================================================
P('an-toan-thuc-pham', '1.001459', 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh dịch vụ ăn uống', 3, 20, impl=[YT],
  fee=700000, note='700.000 đồng/lần thẩm định đối với cơ sở phục vụ dưới 200 suất ăn; 1.000.000 đồng/lần đối với cơ sở phục vụ từ 200 suất ăn trở lên.',
  subj='Cơ sở kinh doanh dịch vụ ăn uống (nhà hàng, bếp ăn tập thể, căng tin)',
  cond='Cơ sở bảo đảm điều kiện về cơ sở vật chất, trang thiết bị, dụng cụ và người trực tiếp chế biến có kiến thức, sức khỏe theo quy định; không áp dụng với cơ sở nhỏ lẻ thuộc diện cam kết.',
  docs=[D('Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm theo mẫu', form='Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm'),
        D('Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ bảo đảm điều kiện vệ sinh an toàn thực phẩm', 1, 0),
        D('Danh sách chủ cơ sở, người trực tiếp chế biến đã được tập huấn kiến thức và xác nhận đủ sức khỏe', 1, 0)],
  xl=['Chi cục An toàn vệ sinh thực phẩm thành lập đoàn thẩm định thực tế tại cơ sở.'],
  res='Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (thời hạn 03 năm).', rs='Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
  kw=['giấy chứng nhận an toàn thực phẩm', 'giấy phép ATTP nhà hàng', 'giấy vệ sinh an toàn thực phẩm quán ăn'],
  rel=['2.000591', '1.001612'])

P('an-toan-thuc-pham', '2.000591', 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh thực phẩm thuộc thẩm quyền của Sở Công Thương', 3, 20, impl=[CTH],
  fee=2500000, note='2.500.000 đồng/lần thẩm định đối với cơ sở sản xuất; 1.000.000 đồng/lần đối với cơ sở kinh doanh; 500.000 đồng/lần đối với cơ sở sản xuất nhỏ lẻ.',
  subj='Cơ sở sản xuất, kinh doanh rượu, bia, nước giải khát, sữa chế biến, bánh kẹo, dầu thực vật...',
  docs=[D('Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm theo mẫu', form='Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm'),
        D('Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ bảo đảm điều kiện an toàn thực phẩm', 1, 0),
        D('Giấy xác nhận đủ sức khỏe, giấy xác nhận đã được tập huấn kiến thức an toàn thực phẩm của chủ cơ sở và người trực tiếp sản xuất', 1, 0)],
  xl=['Sở Công Thương thành lập đoàn thẩm định thực tế điều kiện an toàn thực phẩm tại cơ sở.'],
  res='Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm.', rs='Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
  kw=['an toàn thực phẩm cơ sở sản xuất rượu', 'giấy chứng nhận ATTP bánh kẹo'], rel=['1.001459'])

P('an-toan-thuc-pham', '1.003324', 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh thực phẩm nông, lâm, thủy sản', 3, 15, impl=[NN],
  fee=700000, note='Phí thẩm định theo quy định của Bộ Tài chính, tùy theo loại hình và quy mô cơ sở.',
  subj='Cơ sở sản xuất, kinh doanh thực phẩm nông, lâm, thủy sản',
  docs=[D('Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm theo mẫu', form='Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm'),
        D('Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ sản xuất, kinh doanh thực phẩm', 1, 0)],
  xl=['Chi cục Quản lý chất lượng nông lâm sản và thủy sản thẩm định, đánh giá thực tế tại cơ sở.'],
  res='Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm.', rs='Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
  kw=['an toàn thực phẩm nông sản', 'cơ sở giết mổ', 'chế biến cà phê'], rel=['1.001459'])

P('an-toan-thuc-pham', '1.003016', 'Đăng ký bản công bố sản phẩm đối với thực phẩm dinh dưỡng y học, thực phẩm dùng cho chế độ ăn đặc biệt, sản phẩm dinh dưỡng dùng cho trẻ đến 36 tháng tuổi sản xuất trong nước', 3, 7, impl=[YT],
  fee=1500000, note='Phí thẩm định hồ sơ đăng ký bản công bố sản phẩm: 1.500.000 đồng/lần/sản phẩm.',
  subj='Tổ chức, cá nhân sản xuất thực phẩm tại Kon Tum',
  docs=[D('Bản công bố sản phẩm theo mẫu', form='Bản công bố sản phẩm'),
        D('Phiếu kết quả kiểm nghiệm an toàn thực phẩm của sản phẩm trong thời hạn 12 tháng do phòng kiểm nghiệm được chỉ định cấp', 1, 0),
        D('Bằng chứng khoa học chứng minh công dụng của sản phẩm hoặc thành phần tạo nên công dụng đã công bố', 1, 0),
        D('Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (bản sao có xác nhận của tổ chức, cá nhân)', 0, 1)],
  res='Giấy tiếp nhận đăng ký bản công bố sản phẩm.', rs='Giấy tiếp nhận đăng ký bản công bố sản phẩm',
  kw=['công bố sản phẩm thực phẩm', 'sữa cho trẻ em', 'công bố chất lượng'])

# ===== Văn hóa, du lịch ======================================================
KR_LEGAL = ['nd54kr', 'tt01kr']
P('van-hoa', '1.001029', 'Cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke', 3, 5, impl=['HUYEN'],
  fee=4000000, note='Tại thành phố Kon Tum: 4.000.000 đồng/giấy đối với từ 01 đến 03 phòng, từ phòng thứ 04 trở đi thu thêm 1.000.000 đồng/phòng; tại các huyện: 2.000.000 đồng/giấy đối với từ 01 đến 03 phòng, từ phòng thứ 04 trở đi thu thêm 500.000 đồng/phòng.',
  subj='Doanh nghiệp, hộ kinh doanh kinh doanh dịch vụ karaoke',
  cond='Là doanh nghiệp hoặc hộ kinh doanh đã đăng ký; bảo đảm điều kiện về phòng cháy và chữa cháy; phòng hát có diện tích sử dụng từ 20 m² trở lên; không được đặt chốt cửa bên trong phòng hát hoặc thiết bị báo động.',
  docs=[D('Đơn đề nghị cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke theo mẫu', form='Đơn đề nghị cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke'),
        D('Bản sao Giấy chứng nhận đủ điều kiện về an ninh, trật tự', 0, 1),
        D('Bản sao văn bản nghiệm thu về phòng cháy và chữa cháy hoặc giấy tờ chứng minh bảo đảm điều kiện phòng cháy, chữa cháy', 0, 1)],
  xl=['Phòng Văn hóa và Thông tin thẩm định hồ sơ và thẩm định thực tế các điều kiện tại cơ sở.'],
  res='Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke.', rs='Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke',
  kw=['giấy phép karaoke', 'mở quán karaoke', 'cấp giấy phép hoạt động karaoke'],
  legal=KR_LEGAL, rel=['1.001008', '1.001612'])

P('van-hoa', '1.001008', 'Cấp Giấy phép điều chỉnh Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke', 3, 5, impl=['HUYEN'],
  note='Chỉ thu phí thẩm định khi điều chỉnh tăng thêm phòng hát, theo mức quy định tại Thông tư số 01/2021/TT-BTC; không thu khi thay đổi chủ sở hữu hoặc giảm phòng.',
  subj='Doanh nghiệp, hộ kinh doanh đã được cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke',
  docs=[D('Đơn đề nghị điều chỉnh Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke theo mẫu', form='Đơn đề nghị cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke'),
        D('Bản sao giấy tờ chứng minh nội dung thay đổi', 0, 1)],
  res='Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke (điều chỉnh).', rs='Giấy phép điều chỉnh',
  kw=['tăng phòng karaoke', 'đổi chủ quán karaoke'], legal=KR_LEGAL, rel=['1.001029'])

P('van-hoa', '1.001016', 'Cấp Giấy phép đủ điều kiện kinh doanh dịch vụ vũ trường', 3, 5, impl=[VHTTDL],
  fee=15000000, note='Tại thành phố Kon Tum: 15.000.000 đồng/giấy; tại các huyện: 10.000.000 đồng/giấy.',
  subj='Doanh nghiệp, hộ kinh doanh kinh doanh dịch vụ vũ trường',
  cond='Phòng vũ trường có diện tích sử dụng từ 80 m² trở lên; cách trường học, bệnh viện, cơ sở tôn giáo, di tích lịch sử - văn hóa từ 200 m trở lên; bảo đảm điều kiện phòng cháy và chữa cháy, an ninh, trật tự.',
  docs=[D('Đơn đề nghị cấp Giấy phép đủ điều kiện kinh doanh dịch vụ vũ trường theo mẫu', form='Đơn đề nghị cấp Giấy phép đủ điều kiện kinh doanh dịch vụ vũ trường'),
        D('Bản sao Giấy chứng nhận đủ điều kiện về an ninh, trật tự', 0, 1)],
  res='Giấy phép đủ điều kiện kinh doanh dịch vụ vũ trường.', rs='Giấy phép đủ điều kiện kinh doanh dịch vụ vũ trường',
  kw=['giấy phép vũ trường', 'mở bar', 'quán bar'], legal=KR_LEGAL, rel=['1.001029'])

P('van-hoa', '1.009398', 'Tiếp nhận thông báo tổ chức biểu diễn nghệ thuật', 3, 2, impl=[VHTTDL],
  note='Không thu phí, lệ phí.', subj='Tổ chức, cá nhân tổ chức biểu diễn nghệ thuật trên địa bàn tỉnh',
  cond='Gửi thông báo đến cơ quan quản lý nhà nước về văn hóa ít nhất 05 ngày làm việc trước ngày dự kiến tổ chức biểu diễn.',
  docs=[D('Văn bản thông báo tổ chức biểu diễn nghệ thuật theo mẫu', form='Văn bản thông báo tổ chức biểu diễn nghệ thuật'),
        D('Danh mục tác phẩm, nội dung chương trình biểu diễn', 1, 0)],
  res='Văn bản xác nhận tiếp nhận thông báo; trường hợp không đủ điều kiện thì có văn bản yêu cầu dừng tổ chức.', rs='văn bản xác nhận tiếp nhận thông báo',
  kw=['tổ chức ca nhạc', 'biểu diễn nghệ thuật', 'xin phép tổ chức đêm nhạc'], legal=['nd144bd', 'nd38vh'])

P('van-hoa', '1.001809', 'Đăng ký tổ chức lễ hội cấp tỉnh', 2, 15, impl=[VHTTDL], comp=[TINH],
  note='Không thu phí, lệ phí.', subj='Cơ quan, tổ chức, cá nhân tổ chức lễ hội truyền thống, lễ hội văn hóa',
  docs=[D('Văn bản đăng ký tổ chức lễ hội theo mẫu', form='Văn bản đăng ký tổ chức lễ hội'),
        D('Kế hoạch tổ chức lễ hội (thời gian, địa điểm, nội dung, nguồn kinh phí, phương án bảo đảm an ninh, trật tự, an toàn giao thông, vệ sinh môi trường)', 1, 0)],
  res='Văn bản chấp thuận tổ chức lễ hội của Ủy ban nhân dân tỉnh.', rs='Văn bản chấp thuận tổ chức lễ hội',
  kw=['tổ chức lễ hội', 'lễ hội văn hóa Kon Tum'], legal=['nd110', 'ldsvh'], rel=['1.001822'])

P('van-hoa', '1.001822', 'Thông báo tổ chức lễ hội cấp huyện', 2, 5, impl=['HUYEN'],
  note='Không thu phí, lệ phí.', subj='Ban tổ chức lễ hội truyền thống ở cấp huyện, cấp xã',
  cond='Thông báo bằng văn bản chậm nhất 20 ngày làm việc trước ngày tổ chức lễ hội.',
  docs=[D('Văn bản thông báo tổ chức lễ hội theo mẫu', form='Văn bản thông báo tổ chức lễ hội'),
        D('Chương trình, kế hoạch tổ chức lễ hội', 1, 0)],
  res='Văn bản trả lời (trường hợp không đồng ý phải nêu rõ lý do).', rs='văn bản trả lời',
  kw=['lễ hội làng', 'lễ mừng lúa mới', 'thông báo lễ hội'], legal=['nd110', 'ldsvh'], rel=['1.001809'])

P('van-hoa', '1.004650', 'Tiếp nhận hồ sơ thông báo sản phẩm quảng cáo trên bảng quảng cáo, băng-rôn', 3, 5, impl=[VHTTDL],
  note='Không thu phí, lệ phí.', subj='Tổ chức, cá nhân thực hiện quảng cáo trên bảng quảng cáo, băng-rôn',
  cond='Thông báo bằng văn bản chậm nhất 15 ngày trước khi thực hiện quảng cáo.',
  docs=[D('Văn bản thông báo sản phẩm quảng cáo ghi rõ nội dung, thời gian, địa điểm và số lượng bảng quảng cáo, băng-rôn', form='Văn bản thông báo sản phẩm quảng cáo'),
        D('Bản sao giấy tờ chứng minh điều kiện kinh doanh hàng hóa, dịch vụ được quảng cáo', 0, 1),
        D('Ma-két sản phẩm quảng cáo in màu có chữ ký của người thực hiện', 1, 0),
        D('Bản sao giấy tờ chứng minh quyền sử dụng hợp pháp đối với địa điểm đặt bảng quảng cáo', 0, 1, req=False)],
  res='Văn bản xác nhận tiếp nhận thông báo sản phẩm quảng cáo.', rs='văn bản xác nhận',
  kw=['treo băng rôn quảng cáo', 'biển quảng cáo', 'xin phép quảng cáo'], legal=['lqc', 'nd181'])

P('du-lich', '1.004628', 'Cấp thẻ hướng dẫn viên du lịch nội địa', 4, 10, tol=7, impl=[VHTTDL],
  fee=650000, note='Phí thẩm định cấp thẻ hướng dẫn viên du lịch nội địa: 650.000 đồng/thẻ.',
  subj='Công dân Việt Nam có năng lực hành vi dân sự đầy đủ, không mắc bệnh truyền nhiễm, không sử dụng chất gây nghiện',
  cond='Tốt nghiệp trung cấp chuyên ngành hướng dẫn du lịch trở lên, hoặc tốt nghiệp trung cấp trở lên chuyên ngành khác và có chứng chỉ nghiệp vụ hướng dẫn du lịch nội địa.',
  docs=[D('Đơn đề nghị cấp thẻ hướng dẫn viên du lịch theo mẫu', form='Đơn đề nghị cấp thẻ hướng dẫn viên du lịch'),
        D('Sơ yếu lý lịch có xác nhận của cơ quan có thẩm quyền', 1, 0),
        D('Bản sao có chứng thực văn bằng, chứng chỉ nghiệp vụ hướng dẫn du lịch', 0, 1),
        D('Giấy chứng nhận sức khỏe do cơ sở khám bệnh, chữa bệnh có thẩm quyền cấp trong thời hạn 06 tháng', 1, 0),
        D('02 ảnh chân dung màu cỡ 3 x 4 cm', 2, 0)],
  res='Thẻ hướng dẫn viên du lịch nội địa (thời hạn 05 năm).', rs='Thẻ hướng dẫn viên du lịch nội địa',
  kw=['thẻ hướng dẫn viên du lịch', 'làm hướng dẫn viên'], rel=['1.004623'])

P('du-lich', '1.004623', 'Cấp Giấy phép kinh doanh dịch vụ lữ hành nội địa', 3, 10, impl=[VHTTDL],
  fee=3000000, note='Phí thẩm định cấp giấy phép kinh doanh dịch vụ lữ hành nội địa: 3.000.000 đồng/giấy phép.',
  subj='Doanh nghiệp kinh doanh dịch vụ lữ hành nội địa',
  cond='Ký quỹ kinh doanh dịch vụ lữ hành nội địa 100.000.000 đồng tại ngân hàng; người phụ trách kinh doanh dịch vụ lữ hành tốt nghiệp trung cấp trở lên chuyên ngành về lữ hành hoặc có chứng chỉ nghiệp vụ điều hành du lịch nội địa.',
  docs=[D('Đơn đề nghị cấp giấy phép kinh doanh dịch vụ lữ hành theo mẫu', form='Đơn đề nghị cấp giấy phép kinh doanh dịch vụ lữ hành nội địa'),
        D('Bản sao giấy chứng nhận đăng ký doanh nghiệp', 0, 1),
        D('Giấy chứng nhận ký quỹ kinh doanh dịch vụ lữ hành', 1, 0),
        D('Bản sao có chứng thực quyết định bổ nhiệm hoặc hợp đồng lao động và văn bằng, chứng chỉ của người phụ trách kinh doanh dịch vụ lữ hành', 0, 1)],
  res='Giấy phép kinh doanh dịch vụ lữ hành nội địa.', rs='Giấy phép kinh doanh dịch vụ lữ hành nội địa',
  kw=['mở công ty du lịch', 'giấy phép lữ hành', 'kinh doanh tour'], rel=['1.004628', '2.002038'])

P('du-lich', '1.001440', 'Công nhận hạng cơ sở lưu trú du lịch: hạng 1 sao, 2 sao đối với khách sạn, biệt thự du lịch, căn hộ du lịch, tàu thủy lưu trú du lịch', 2, 30, impl=[VHTTDL],
  fee=1500000, note='Phí thẩm định công nhận hạng cơ sở lưu trú du lịch: 1.500.000 đồng/hồ sơ.',
  subj='Cơ sở lưu trú du lịch',
  docs=[D('Đơn đề nghị công nhận hạng cơ sở lưu trú du lịch theo mẫu', form='Đơn đề nghị công nhận hạng cơ sở lưu trú du lịch'),
        D('Biểu đánh giá chất lượng cơ sở lưu trú du lịch theo tiêu chuẩn quốc gia tương ứng', 1, 0),
        D('Danh sách người quản lý và nhân viên; bản sao văn bằng, chứng chỉ của người quản lý', 1, 0)],
  xl=['Sở Văn hóa, Thể thao và Du lịch thành lập đoàn thẩm định, thẩm định thực tế tại cơ sở lưu trú.'],
  res='Quyết định và biển công nhận hạng cơ sở lưu trú du lịch (thời hạn 05 năm).', rs='Quyết định công nhận hạng cơ sở lưu trú du lịch',
  kw=['xếp hạng khách sạn', 'khách sạn 2 sao'])

# ===== Báo chí; xuất bản, in, phát hành; thông tin điện tử; KH&CN ==========
# (Sở Thông tin và Truyền thông until 2025-03-01, then Sở Khoa học và Công nghệ)
P('bao-chi', '1.003725', 'Cấp giấy phép xuất bản bản tin (địa phương)', 3, 30, impl=[KHCN],
  note='Không thu phí, lệ phí.', subj='Cơ quan, tổ chức của Trung ương và địa phương có trụ sở tại tỉnh; chi nhánh, văn phòng đại diện',
  cond='Có tôn chỉ, mục đích, đối tượng phục vụ phù hợp với chức năng, nhiệm vụ của cơ quan, tổ chức; có người chịu trách nhiệm xuất bản bản tin; có địa chỉ và điều kiện cần thiết bảo đảm cho việc xuất bản bản tin.',
  docs=[D('Tờ khai đề nghị cấp giấy phép xuất bản bản tin theo mẫu', form='Tờ khai đề nghị cấp giấy phép xuất bản bản tin'),
        D('Bản sao quyết định thành lập hoặc giấy chứng nhận đăng ký doanh nghiệp, giấy phép hoạt động của cơ quan, tổ chức', 0, 1),
        D('Sơ yếu lý lịch của người chịu trách nhiệm xuất bản bản tin', 1, 0),
        D('Mẫu trình bày tên gọi và hình thức trình bày trang nhất, trang cuối của bản tin', 1, 0)],
  xl=['Sở Khoa học và Công nghệ thẩm định tôn chỉ, mục đích, nội dung và hình thức trình bày của bản tin.'],
  res='Giấy phép xuất bản bản tin.', rs='Giấy phép xuất bản bản tin',
  kw=['xuất bản bản tin', 'giấy phép bản tin nội bộ'], rel=['1.003739'])

P('bao-chi', '1.003739', 'Văn bản chấp thuận thay đổi nội dung ghi trong giấy phép xuất bản bản tin (địa phương)', 3, 7, impl=[KHCN],
  note='Không thu phí, lệ phí.', subj='Cơ quan, tổ chức đã được cấp giấy phép xuất bản bản tin',
  docs=[D('Văn bản đề nghị thay đổi nội dung ghi trong giấy phép xuất bản bản tin, nêu rõ lý do', form='Văn bản đề nghị thay đổi nội dung giấy phép xuất bản bản tin'),
        D('Bản sao giấy phép xuất bản bản tin đã được cấp', 0, 1)],
  res='Văn bản chấp thuận thay đổi nội dung giấy phép xuất bản bản tin.', rs='Văn bản chấp thuận',
  kw=['đổi tên bản tin', 'thay đổi giấy phép bản tin'], rel=['1.003725'])

P('bao-chi', '1.003695', 'Cho phép họp báo (trong nước)', 3, 1, impl=[KHCN],
  note='Không thu phí, lệ phí.', subj='Cơ quan, tổ chức, công dân Việt Nam có nhu cầu họp báo',
  cond='Thông báo bằng văn bản trước ít nhất 24 giờ tính đến thời điểm dự định họp báo; nội dung họp báo không thuộc các trường hợp bị cấm theo Luật Báo chí.',
  docs=[D('Văn bản thông báo họp báo ghi rõ tên người chủ trì, nội dung, thời gian, địa điểm họp báo', form='Văn bản thông báo họp báo'),
        D('Danh sách cơ quan báo chí dự kiến mời; tài liệu dự kiến cung cấp cho báo chí (nếu có)', 1, 0, req=False)],
  res='Họp báo được tổ chức theo thông báo; trường hợp không đồng ý, cơ quan có văn bản trả lời nêu rõ lý do.', rs='văn bản trả lời về việc họp báo',
  kw=['tổ chức họp báo', 'thông báo họp báo'])

P('xuat-ban-in-va-phat-hanh', '1.004086', 'Cấp giấy phép xuất bản tài liệu không kinh doanh', 3, 10, impl=[KHCN],
  note='Phí thẩm định nội dung tài liệu không kinh doanh tính theo số trang quy chuẩn, theo biểu phí của Bộ Tài chính.',
  subj='Cơ quan, tổ chức ở địa phương; chi nhánh, văn phòng đại diện của cơ quan, tổ chức Trung ương tại địa phương',
  docs=[D('Văn bản đề nghị cấp giấy phép xuất bản tài liệu không kinh doanh theo mẫu', form='Văn bản đề nghị cấp giấy phép xuất bản tài liệu không kinh doanh'),
        D('02 bản thảo tài liệu in trên giấy có đóng dấu hoặc chữ ký của người đứng đầu cơ quan, tổ chức đề nghị cấp phép', 2, 0),
        D('Tệp tin điện tử của tài liệu (trường hợp xuất bản tài liệu điện tử)', 1, 0, req=False)],
  xl=['Sở Khoa học và Công nghệ thẩm định nội dung bản thảo; trường hợp cần thiết thì lấy ý kiến cơ quan chuyên môn.'],
  res='Giấy phép xuất bản tài liệu không kinh doanh kèm bản thảo có đóng dấu của cơ quan cấp phép.', rs='Giấy phép xuất bản tài liệu không kinh doanh',
  kw=['in kỷ yếu', 'xuất bản tài liệu nội bộ', 'giấy phép in sách'], legal=['lxb', 'nd195'], rel=['1.004091'])

P('xuat-ban-in-va-phat-hanh', '1.004091', 'Cấp giấy phép hoạt động in', 3, 15, impl=[KHCN],
  note='Không thu phí, lệ phí.', subj='Cơ sở in thực hiện chế bản, in, gia công sau in sản phẩm in là báo, tạp chí, tem chống giả, tài liệu của cơ quan nhà nước',
  cond='Có thiết bị in phù hợp; có mặt bằng sản xuất ngoài khu vực nội thành hoặc khu dân cư; người đứng đầu có trình độ cao đẳng chuyên ngành in hoặc có giấy chứng nhận bồi dưỡng kiến thức quản lý hoạt động in.',
  docs=[D('Đơn đề nghị cấp giấy phép hoạt động in theo mẫu', form='Đơn đề nghị cấp giấy phép hoạt động in'),
        D('Bản sao giấy tờ chứng minh việc thành lập cơ sở in', 0, 1),
        D('Bản sao giấy tờ chứng minh quyền sở hữu hoặc hợp đồng thuê thiết bị in, mặt bằng sản xuất', 0, 1),
        D('Sơ yếu lý lịch và bản sao văn bằng của người đứng đầu cơ sở in', 1, 0)],
  xl=['Sở Khoa học và Công nghệ kiểm tra thực tế điều kiện hoạt động của cơ sở in.'],
  res='Giấy phép hoạt động in.', rs='Giấy phép hoạt động in',
  kw=['giấy phép nhà in', 'mở cơ sở in'], legal=['lxb', 'nd60'], rel=['1.004094'])

P('xuat-ban-in-va-phat-hanh', '1.004094', 'Đăng ký hoạt động cơ sở in', 3, 5, impl=[KHCN],
  note='Không thu phí, lệ phí.', subj='Cơ sở in không thuộc đối tượng phải cấp giấy phép hoạt động in',
  docs=[D('Tờ khai đăng ký hoạt động cơ sở in theo mẫu', form='Tờ khai đăng ký hoạt động cơ sở in'),
        D('Bản sao giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh', 0, 1)],
  res='Giấy xác nhận đăng ký hoạt động cơ sở in.', rs='Giấy xác nhận đăng ký hoạt động cơ sở in',
  kw=['đăng ký cơ sở in', 'in ấn quảng cáo'], legal=['lxb', 'nd60'], rel=['1.004091'])

P('xuat-ban-in-va-phat-hanh', '1.004098', 'Cấp giấy xác nhận đăng ký hoạt động phát hành xuất bản phẩm', 3, 10, impl=[KHCN],
  note='Không thu phí, lệ phí.', subj='Doanh nghiệp, đơn vị sự nghiệp, hộ kinh doanh phát hành xuất bản phẩm (nhà sách)',
  docs=[D('Đơn đăng ký hoạt động phát hành xuất bản phẩm theo mẫu', form='Đơn đăng ký hoạt động phát hành xuất bản phẩm'),
        D('Bản sao giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh', 0, 1),
        D('Bản sao văn bằng hoặc giấy chứng nhận bồi dưỡng nghiệp vụ phát hành xuất bản phẩm của người đứng đầu', 0, 1)],
  res='Giấy xác nhận đăng ký hoạt động phát hành xuất bản phẩm.', rs='Giấy xác nhận đăng ký hoạt động phát hành xuất bản phẩm',
  kw=['mở nhà sách', 'phát hành sách'], legal=['lxb', 'nd195'])

P('xuat-ban-in-va-phat-hanh', '1.004100', 'Cấp giấy phép nhập khẩu xuất bản phẩm không kinh doanh', 3, 10, impl=[KHCN],
  note='Không thu phí, lệ phí.', subj='Cơ quan, tổ chức, cá nhân nhập khẩu xuất bản phẩm không nhằm mục đích kinh doanh',
  docs=[D('Đơn đề nghị cấp giấy phép nhập khẩu xuất bản phẩm không kinh doanh theo mẫu', form='Đơn đề nghị cấp giấy phép nhập khẩu xuất bản phẩm không kinh doanh'),
        D('Danh mục xuất bản phẩm nhập khẩu', 1, 0),
        D('Vận đơn, giấy báo nhận hàng (trường hợp xuất bản phẩm gửi qua bưu chính, chuyển phát)', 0, 1, req=False)],
  res='Giấy phép nhập khẩu xuất bản phẩm không kinh doanh.', rs='Giấy phép nhập khẩu xuất bản phẩm',
  kw=['nhập khẩu sách', 'sách gửi từ nước ngoài'], legal=['lxb', 'nd195'])

P('thong-tin-dien-tu', '1.004183', 'Cấp giấy phép thiết lập trang thông tin điện tử tổng hợp', 3, 10, impl=[KHCN],
  note='Không thu phí, lệ phí.', subj='Tổ chức, doanh nghiệp có trụ sở tại tỉnh',
  cond='Có nhân sự quản lý nội dung thông tin; có tên miền sử dụng dịch vụ tại Việt Nam; có biện pháp bảo đảm an toàn thông tin và lưu trữ thông tin tối thiểu 90 ngày.',
  docs=[D('Đơn đề nghị cấp giấy phép thiết lập trang thông tin điện tử tổng hợp theo mẫu', form='Đơn đề nghị cấp giấy phép thiết lập trang thông tin điện tử tổng hợp'),
        D('Bản sao giấy chứng nhận đăng ký doanh nghiệp hoặc quyết định thành lập', 0, 1),
        D('Đề án hoạt động (nhân sự, quy trình quản lý thông tin, phương án kỹ thuật, nguồn tin)', 1, 0),
        D('Văn bản chấp thuận của các tổ chức cung cấp nguồn tin', 0, 1)],
  xl=['Sở Khoa học và Công nghệ thẩm định hồ sơ, kiểm tra kỹ thuật trang thông tin điện tử.'],
  res='Giấy phép thiết lập trang thông tin điện tử tổng hợp.', rs='Giấy phép thiết lập trang thông tin điện tử tổng hợp',
  kw=['giấy phép trang tin điện tử', 'mở website tin tức'], ladd=['tt09tt'])

P('thong-tin-dien-tu', '1.004200', 'Cấp Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng', 3, 10, impl=[KHCN],
  fee=200000, note='Phí thẩm định điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng theo quy định của Bộ Tài chính.',
  subj='Doanh nghiệp, hộ kinh doanh mở điểm cung cấp dịch vụ trò chơi điện tử công cộng',
  cond='Điểm cung cấp dịch vụ cách cổng trường tiểu học, trung học cơ sở, trung học phổ thông từ 200 m trở lên; tổng diện tích các phòng máy từ 50 m² trở lên (tại phường, thị trấn); có biện pháp phòng cháy, chữa cháy.',
  docs=[D('Đơn đề nghị cấp Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng theo mẫu', form='Đơn đề nghị cấp Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng'),
        D('Bản sao giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh có ngành nghề kinh doanh dịch vụ trò chơi điện tử', 0, 1)],
  xl=['Sở Khoa học và Công nghệ kiểm tra thực tế địa điểm, diện tích phòng máy và khoảng cách đến trường học.'],
  res='Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng (thời hạn 03 năm).', rs='Giấy chứng nhận đủ điều kiện hoạt động',
  kw=['mở quán game', 'phòng máy net', 'đăng ký điểm trò chơi điện tử công cộng'], rel=['1.004204', '1.004207'], ladd=['tt24tc'])

P('thong-tin-dien-tu', '1.004204', 'Sửa đổi, bổ sung Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng', 3, 5, impl=[KHCN],
  note='Không thu phí khi thay đổi tên, chủ điểm; thu phí thẩm định khi thay đổi địa điểm.',
  docs=[D('Đơn đề nghị sửa đổi, bổ sung Giấy chứng nhận theo mẫu', form='Đơn đề nghị cấp Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng'),
        D('Bản sao Giấy chứng nhận đã được cấp', 0, 1)],
  res='Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng (sửa đổi, bổ sung).', rs='Giấy chứng nhận sửa đổi, bổ sung',
  kw=['đổi chủ quán net', 'chuyển địa điểm quán game'], rel=['1.004200'], ladd=['tt24tc'])

P('thong-tin-dien-tu', '1.004207', 'Gia hạn Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng', 3, 5, impl=[KHCN],
  note='Không thu phí.', cond='Nộp hồ sơ trước thời điểm Giấy chứng nhận hết hạn ít nhất 10 ngày; chỉ được gia hạn một lần, tối đa 12 tháng.',
  docs=[D('Đơn đề nghị gia hạn Giấy chứng nhận theo mẫu', form='Đơn đề nghị cấp Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng'),
        D('Bản sao Giấy chứng nhận đã được cấp', 0, 1)],
  res='Giấy chứng nhận được gia hạn.', rs='Giấy chứng nhận được gia hạn',
  kw=['gia hạn giấy phép quán game', 'gia hạn điểm trò chơi điện tử'], rel=['1.004200'], ladd=['tt24tc'])

P('hoat-dong-khoa-hoc-va-cong-nghe', '1.003901', 'Cấp Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ', 3, 15, impl=[KHCN],
  note='Không thu phí, lệ phí.', subj='Tổ chức khoa học và công nghệ có trụ sở tại tỉnh',
  docs=[D('Đơn đăng ký hoạt động khoa học và công nghệ theo mẫu', form='Đơn đăng ký hoạt động khoa học và công nghệ'),
        D('Quyết định thành lập và điều lệ tổ chức, hoạt động của tổ chức khoa học và công nghệ', 1, 0),
        D('Hồ sơ nhân lực khoa học và công nghệ; giấy tờ chứng minh trụ sở, cơ sở vật chất - kỹ thuật', 1, 0)],
  res='Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ.', rs='Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ',
  kw=['thành lập viện nghiên cứu', 'tổ chức khoa học công nghệ'])

P('hoat-dong-khoa-hoc-va-cong-nghe', '1.003915', 'Đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ không sử dụng ngân sách nhà nước', 3, 10, impl=[KHCN],
  note='Không thu phí, lệ phí.', subj='Tổ chức, cá nhân chủ trì nhiệm vụ khoa học và công nghệ',
  docs=[D('Phiếu đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ theo mẫu', form='Phiếu đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ'),
        D('Báo cáo tổng hợp kết quả thực hiện nhiệm vụ (bản in và bản điện tử)', 1, 0)],
  res='Giấy chứng nhận đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ.', rs='Giấy chứng nhận đăng ký kết quả',
  kw=['đăng ký kết quả đề tài', 'đề tài khoa học'])

RX_LEGAL = ['lnlnt', 'nd142']
P('hoat-dong-khoa-hoc-va-cong-nghe', '1.003940', 'Cấp giấy phép tiến hành công việc bức xạ (sử dụng thiết bị X-quang chẩn đoán trong y tế)', 3, 15, impl=[KHCN],
  fee=2000000, note='Phí thẩm định cấp giấy phép sử dụng thiết bị X-quang chẩn đoán trong y tế: 2.000.000 đồng/thiết bị.',
  subj='Cơ sở khám bệnh, chữa bệnh sử dụng thiết bị X-quang chẩn đoán',
  docs=[D('Đơn đề nghị cấp giấy phép tiến hành công việc bức xạ theo mẫu', form='Đơn đề nghị cấp giấy phép tiến hành công việc bức xạ'),
        D('Báo cáo đánh giá an toàn bức xạ', 1, 0),
        D('Bản sao chứng chỉ nhân viên bức xạ của người phụ trách an toàn', 0, 1),
        D('Biên bản kiểm định thiết bị X-quang còn hiệu lực', 0, 1)],
  res='Giấy phép tiến hành công việc bức xạ.', rs='Giấy phép tiến hành công việc bức xạ',
  kw=['giấy phép X-quang', 'an toàn bức xạ'], legal=RX_LEGAL, rel=['1.003945'])

P('hoat-dong-khoa-hoc-va-cong-nghe', '1.003945', 'Cấp chứng chỉ nhân viên bức xạ cho người phụ trách an toàn cơ sở X-quang chẩn đoán trong y tế', 3, 10, impl=[KHCN],
  note='Không thu phí.', subj='Người phụ trách an toàn bức xạ của cơ sở X-quang chẩn đoán trong y tế',
  docs=[D('Đơn đề nghị cấp chứng chỉ nhân viên bức xạ theo mẫu', form='Đơn đề nghị cấp chứng chỉ nhân viên bức xạ'),
        D('Bản sao giấy chứng nhận đào tạo an toàn bức xạ', 0, 1),
        D('02 ảnh cỡ 3 x 4 cm', 2, 0)],
  res='Chứng chỉ nhân viên bức xạ.', rs='Chứng chỉ nhân viên bức xạ', kw=['chứng chỉ nhân viên bức xạ', 'an toàn bức xạ X-quang'], legal=RX_LEGAL, rel=['1.003940'])

# ===== Thú y =================================================================
P('thu-y', '1.003781', 'Cấp Giấy chứng nhận kiểm dịch động vật, sản phẩm động vật trên cạn vận chuyển ra khỏi địa bàn cấp tỉnh', 3, 1, impl=[NN],
  fee=0, note='Phí kiểm dịch thu theo lô hàng, loại và số lượng động vật, sản phẩm động vật theo Thông tư số 101/2020/TT-BTC.',
  subj='Chủ hàng vận chuyển động vật, sản phẩm động vật ra khỏi tỉnh',
  cond='Khai báo kiểm dịch trước 02 ngày đối với động vật, 01 ngày đối với sản phẩm động vật; động vật xuất phát từ cơ sở an toàn dịch bệnh hoặc đã được tiêm phòng, xét nghiệm theo quy định.',
  docs=[D('Giấy đăng ký kiểm dịch động vật, sản phẩm động vật vận chuyển ra khỏi địa bàn cấp tỉnh theo mẫu', form='Giấy đăng ký kiểm dịch động vật, sản phẩm động vật'),
        D('Bản sao giấy chứng nhận cơ sở an toàn dịch bệnh hoặc giấy chứng nhận tiêm phòng (nếu có)', 0, 1, req=False)],
  xl=['Chi cục Chăn nuôi và Thú y kiểm tra lâm sàng, lấy mẫu xét nghiệm (nếu cần), giám sát việc bốc xếp và niêm phong phương tiện vận chuyển.'],
  res='Giấy chứng nhận kiểm dịch động vật, sản phẩm động vật vận chuyển ra khỏi địa bàn cấp tỉnh.', rs='Giấy chứng nhận kiểm dịch',
  kw=['kiểm dịch động vật', 'vận chuyển heo ra tỉnh', 'kiểm dịch gia súc'], legal=['lty', 'tt25ty', 'tt101'], rel=['1.003798'])

P('thu-y', '1.003810', 'Cấp chứng chỉ hành nghề thú y (gồm tiêm phòng, chữa bệnh, phẫu thuật động vật; tư vấn các hoạt động liên quan đến lĩnh vực thú y; khám bệnh, chẩn đoán bệnh, xét nghiệm bệnh động vật; buôn bán thuốc thú y)', 3, 5, impl=[NN],
  charge=50000, note='Lệ phí cấp chứng chỉ hành nghề thú y: 50.000 đồng/lần.', subj='Cá nhân hành nghề thú y',
  docs=[D('Đơn đăng ký cấp chứng chỉ hành nghề thú y theo mẫu', form='Đơn đăng ký cấp chứng chỉ hành nghề thú y'),
        D('Bản sao văn bằng, chứng chỉ chuyên môn phù hợp với loại hình hành nghề', 0, 1),
        D('Giấy chứng nhận sức khỏe', 1, 0), D('02 ảnh cỡ 4 x 6 cm', 2, 0)],
  res='Chứng chỉ hành nghề thú y (thời hạn 05 năm).', rs='Chứng chỉ hành nghề thú y',
  kw=['chứng chỉ hành nghề thú y', 'mở phòng khám thú y', 'bán thuốc thú y'], rel=['1.003803'])

P('thu-y', '1.003803', 'Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y', 3, 5, impl=[NN],
  fee=230000, note='Phí thẩm định điều kiện buôn bán thuốc thú y: 230.000 đồng/lần.', subj='Cơ sở buôn bán thuốc thú y',
  docs=[D('Đơn đăng ký cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y theo mẫu', form='Đơn đăng ký cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y'),
        D('Bản thuyết minh chi tiết về cơ sở vật chất, kỹ thuật', 1, 0),
        D('Bản sao chứng chỉ hành nghề thú y của người phụ trách kỹ thuật', 0, 1)],
  xl=['Chi cục Chăn nuôi và Thú y đánh giá điều kiện thực tế của cơ sở.'],
  res='Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y (thời hạn 05 năm).', rs='Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y',
  kw=['mở cửa hàng thuốc thú y', 'buôn bán thuốc thú y'], rel=['1.003810'])

P('thu-y', '1.003798', 'Cấp Giấy chứng nhận cơ sở an toàn dịch bệnh động vật cấp tỉnh', 2, 15, impl=[NN],
  fee=300000, note='Phí thẩm định theo quy mô cơ sở chăn nuôi (Thông tư số 101/2020/TT-BTC).', subj='Cơ sở chăn nuôi, trang trại',
  docs=[D('Đơn đăng ký chứng nhận cơ sở an toàn dịch bệnh động vật theo mẫu', form='Đơn đăng ký chứng nhận cơ sở an toàn dịch bệnh động vật'),
        D('Báo cáo điều kiện cơ sở an toàn dịch bệnh động vật', 1, 0),
        D('Kết quả giám sát, xét nghiệm bệnh động vật của cơ sở', 0, 1)],
  res='Giấy chứng nhận cơ sở an toàn dịch bệnh động vật.', rs='Giấy chứng nhận cơ sở an toàn dịch bệnh động vật',
  kw=['trang trại an toàn dịch bệnh', 'chứng nhận an toàn dịch tả lợn châu Phi'], rel=['1.003781'])

# ===== Lưu thông hàng hóa trong nước ========================================
P('luu-thong-hang-hoa', '2.000620', 'Cấp Giấy phép bán lẻ rượu', 3, 10, impl=['HUYEN'],
  fee=400000, note='Phí thẩm định: 400.000 đồng/điểm kinh doanh tại thành phố Kon Tum; 200.000 đồng/điểm kinh doanh tại các huyện.',
  subj='Doanh nghiệp, hộ kinh doanh bán lẻ rượu có độ cồn từ 5,5 độ trở lên',
  cond='Là doanh nghiệp, hộ kinh doanh được thành lập theo quy định; có quyền sử dụng hợp pháp địa điểm kinh doanh cố định; có văn bản giới thiệu hoặc hợp đồng mua bán của thương nhân sản xuất, phân phối hoặc bán buôn rượu.',
  docs=[D('Đơn đề nghị cấp Giấy phép bán lẻ rượu theo mẫu', form='Đơn đề nghị cấp Giấy phép bán lẻ rượu'),
        D('Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc Giấy chứng nhận đăng ký hộ kinh doanh', 0, 1),
        D('Bản sao hợp đồng thuê, mượn hoặc tài liệu chứng minh quyền sử dụng hợp pháp cơ sở dự kiến làm địa điểm bán lẻ', 0, 1),
        D('Bản sao văn bản giới thiệu hoặc hợp đồng với thương nhân sản xuất, phân phối, bán buôn rượu', 0, 1)],
  res='Giấy phép bán lẻ rượu (thời hạn 05 năm).', rs='Giấy phép bán lẻ rượu',
  kw=['giấy phép bán rượu', 'kinh doanh bán lẻ sản phẩm rượu', 'bán rượu bia'],
  legal=['ltm', 'nd105', 'tt168'], rel=['1.001612', '2.000636', '2.000181'])

P('luu-thong-hang-hoa', '2.000636', 'Cấp Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh', 3, 10, impl=['HUYEN'],
  fee=400000, note='Phí thẩm định: 400.000 đồng/cơ sở tại thành phố Kon Tum; 200.000 đồng/cơ sở tại các huyện.',
  subj='Doanh nghiệp, hộ kinh doanh sản xuất rượu thủ công để bán cho cơ sở có giấy phép sản xuất rượu công nghiệp hoặc bán trực tiếp',
  docs=[D('Đơn đề nghị cấp Giấy phép sản xuất rượu thủ công theo mẫu', form='Đơn đề nghị cấp Giấy phép sản xuất rượu thủ công'),
        D('Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh', 0, 1),
        D('Bản sao bản công bố sản phẩm rượu hoặc bản tự công bố sản phẩm', 0, 1),
        D('Bản sao Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (trường hợp phải có)', 0, 1, req=False)],
  res='Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh.', rs='Giấy phép sản xuất rượu thủ công',
  kw=['nấu rượu bán', 'sản xuất rượu thủ công', 'rượu ghè'], legal=['ltm', 'nd105', 'tt168'], rel=['2.000620'])

P('luu-thong-hang-hoa', '2.000181', 'Cấp Giấy phép bán lẻ sản phẩm thuốc lá', 3, 15, impl=['HUYEN'],
  fee=400000, note='Phí thẩm định: 400.000 đồng/điểm kinh doanh tại thành phố Kon Tum; 200.000 đồng/điểm kinh doanh tại các huyện.',
  subj='Thương nhân bán lẻ sản phẩm thuốc lá',
  docs=[D('Đơn đề nghị cấp Giấy phép bán lẻ sản phẩm thuốc lá theo mẫu', form='Đơn đề nghị cấp Giấy phép bán lẻ sản phẩm thuốc lá'),
        D('Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh', 0, 1),
        D('Bản sao các văn bản giới thiệu của thương nhân phân phối hoặc bán buôn sản phẩm thuốc lá', 0, 1),
        D('Bản sao giấy tờ chứng minh quyền sử dụng địa điểm kinh doanh', 0, 1)],
  res='Giấy phép bán lẻ sản phẩm thuốc lá (thời hạn 05 năm).', rs='Giấy phép bán lẻ sản phẩm thuốc lá',
  kw=['giấy phép bán thuốc lá', 'bán lẻ thuốc lá'], legal=['ltm', 'nd67tl', 'tt168'], rel=['2.000620'])

P('luu-thong-hang-hoa', '2.000633', 'Cấp Giấy phép bán buôn rượu trên địa bàn tỉnh', 3, 10, impl=[CTH],
  fee=1200000, note='Phí thẩm định: 1.200.000 đồng/điểm kinh doanh tại thành phố Kon Tum; 600.000 đồng/điểm kinh doanh tại các huyện.',
  subj='Thương nhân bán buôn rượu trên địa bàn tỉnh',
  docs=[D('Đơn đề nghị cấp Giấy phép bán buôn rượu theo mẫu', form='Đơn đề nghị cấp Giấy phép bán buôn rượu'),
        D('Bản sao Giấy chứng nhận đăng ký doanh nghiệp', 0, 1),
        D('Bản sao hợp đồng thuê, mượn hoặc tài liệu chứng minh quyền sử dụng kho hoặc hệ thống kho có diện tích từ 50 m² trở lên', 0, 1),
        D('Hồ sơ về hệ thống phân phối rượu (văn bản giới thiệu, hợp đồng với thương nhân sản xuất, nhập khẩu, phân phối rượu)', 0, 1)],
  res='Giấy phép bán buôn rượu.', rs='Giấy phép bán buôn rượu',
  kw=['bán buôn rượu', 'đại lý rượu'], legal=['ltm', 'nd105', 'tt168'], rel=['2.000620'])

P('luu-thong-hang-hoa', '2.000644', 'Cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu', 3, 15, impl=[CTH],
  fee=1200000, note='Phí thẩm định: 1.200.000 đồng/cửa hàng tại thành phố Kon Tum; 600.000 đồng/cửa hàng tại các huyện.',
  subj='Thương nhân là tổng đại lý, đại lý, thương nhân nhận quyền bán lẻ xăng dầu',
  docs=[D('Đơn đề nghị cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu theo mẫu', form='Đơn đề nghị cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu'),
        D('Bản kê trang thiết bị của cửa hàng bán lẻ xăng dầu', 1, 0),
        D('Bản sao tài liệu chứng minh cửa hàng được xây dựng, thiết kế đáp ứng tiêu chuẩn, quy chuẩn kỹ thuật', 0, 1),
        D('Bản sao giấy tờ chứng minh bảo đảm điều kiện phòng cháy và chữa cháy, bảo vệ môi trường', 0, 1)],
  xl=['Sở Công Thương kiểm tra thực tế tại cửa hàng bán lẻ xăng dầu.'],
  res='Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu (thời hạn 05 năm).', rs='Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu',
  kw=['mở cây xăng', 'cửa hàng xăng dầu'], legal=['ltm', 'nd83xd', 'tt168'])

P('luu-thong-hang-hoa', '2.000652', 'Cấp Giấy chứng nhận đủ điều kiện cửa hàng bán lẻ LPG chai', 3, 15, impl=[CTH],
  fee=1200000, note='Phí thẩm định: 1.200.000 đồng/cửa hàng tại thành phố Kon Tum; 600.000 đồng/cửa hàng tại các huyện.',
  subj='Thương nhân kinh doanh khí dầu mỏ hóa lỏng (gas) đóng chai',
  docs=[D('Đơn đề nghị cấp Giấy chứng nhận đủ điều kiện cửa hàng bán lẻ LPG chai theo mẫu', form='Đơn đề nghị cấp Giấy chứng nhận đủ điều kiện cửa hàng bán lẻ LPG chai'),
        D('Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh', 0, 1),
        D('Bản sao tài liệu chứng minh đáp ứng điều kiện về phòng cháy và chữa cháy', 0, 1)],
  res='Giấy chứng nhận đủ điều kiện cửa hàng bán lẻ LPG chai.', rs='Giấy chứng nhận đủ điều kiện cửa hàng bán lẻ LPG chai',
  kw=['cửa hàng gas', 'bán bình gas'], legal=['ltm', 'nd87k', 'tt168'])

# ===== Thi đua, khen thưởng ==================================================
TDKT_DOCS = [D('Tờ trình đề nghị khen thưởng của cơ quan, đơn vị theo mẫu', form='Tờ trình đề nghị khen thưởng'),
             D('Báo cáo thành tích của cá nhân, tập thể được đề nghị khen thưởng có xác nhận của cấp trình khen', 1, 0),
             D('Biên bản họp và kết quả bỏ phiếu của Hội đồng thi đua - khen thưởng cấp trình khen', 1, 0)]

P('thi-dua-khen-thuong', '1.012328', 'Tặng Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh', 2, 20, impl=[NV], comp=[TINH],
  note='Không thu phí, lệ phí.',
  cond='Cá nhân, tập thể đạt tiêu chuẩn quy định tại Điều 74 Luật Thi đua, khen thưởng; hồ sơ trình qua cơ quan, đơn vị quản lý trực tiếp.',
  docs=TDKT_DOCS, xl=['Ban Thi đua - Khen thưởng thẩm định hồ sơ, lấy ý kiến các cơ quan liên quan (nếu cần), trình Hội đồng Thi đua - Khen thưởng tỉnh.'],
  res='Quyết định tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh; Bằng khen và tiền thưởng.', rs='Quyết định tặng Bằng khen',
  kw=['bằng khen tỉnh', 'đề nghị khen thưởng'], rel=['1.012331', '1.012334'])

P('thi-dua-khen-thuong', '1.012331', 'Tặng Cờ thi đua của Ủy ban nhân dân cấp tỉnh', 2, 20, impl=[NV], comp=[TINH],
  note='Không thu phí, lệ phí.', subj='Tập thể dẫn đầu phong trào thi đua của tỉnh',
  docs=TDKT_DOCS, res='Quyết định tặng Cờ thi đua của Ủy ban nhân dân tỉnh.', rs='Quyết định tặng Cờ thi đua',
  kw=['cờ thi đua tỉnh', 'cờ thi đua Ủy ban nhân dân tỉnh'], rel=['1.012328'])

P('thi-dua-khen-thuong', '1.012334', 'Tặng danh hiệu Chiến sĩ thi đua cấp tỉnh', 2, 20, impl=[NV], comp=[TINH],
  note='Không thu phí, lệ phí.', subj='Cá nhân có 03 lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở',
  docs=TDKT_DOCS + [D('Đề tài, sáng kiến được Hội đồng khoa học, sáng kiến cấp tỉnh công nhận', 0, 1)],
  res='Quyết định tặng danh hiệu Chiến sĩ thi đua cấp tỉnh.', rs='Quyết định tặng danh hiệu Chiến sĩ thi đua cấp tỉnh',
  kw=['chiến sĩ thi đua cấp tỉnh', 'danh hiệu thi đua'], rel=['1.012328'])

P('thi-dua-khen-thuong', '1.012340', 'Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện', 2, 15, impl=['HUYEN'],
  note='Không thu phí, lệ phí.', docs=TDKT_DOCS,
  res='Quyết định tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện; Giấy khen và tiền thưởng.', rs='Quyết định tặng Giấy khen',
  kw=['giấy khen huyện', 'giấy khen thành phố'], rel=['1.012343'])

P('thi-dua-khen-thuong', '1.012343', 'Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã', 2, 10, impl=['XA'],
  note='Không thu phí, lệ phí.', subj='Cá nhân, hộ gia đình, tập thể có thành tích trong phong trào thi đua ở cơ sở',
  docs=[D('Tờ trình đề nghị khen thưởng theo mẫu', form='Tờ trình đề nghị khen thưởng'),
        D('Báo cáo tóm tắt thành tích của cá nhân, hộ gia đình, tập thể được đề nghị khen thưởng', 1, 0)],
  res='Quyết định tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã.', rs='Quyết định tặng Giấy khen',
  kw=['giấy khen xã', 'giấy khen phường'], rel=['1.012340'])

# ===== Tín ngưỡng, tôn giáo; công tác dân tộc ================================
P('tin-nguong-ton-giao', '1.001055', 'Đăng ký sinh hoạt tôn giáo tập trung', 2, 20, impl=['XA'], dec=(88, '2024-02-27'),
  note='Không thu phí, lệ phí.', subj='Người đại diện nhóm người theo tín ngưỡng, tôn giáo',
  cond='Có địa điểm hợp pháp để sinh hoạt tôn giáo; nhóm sinh hoạt tôn giáo tập trung có người đại diện là công dân Việt Nam thường trú tại Việt Nam, có năng lực hành vi dân sự đầy đủ.',
  docs=[D('Văn bản đăng ký sinh hoạt tôn giáo tập trung theo mẫu', form='Văn bản đăng ký sinh hoạt tôn giáo tập trung'),
        D('Giấy tờ chứng minh có địa điểm hợp pháp để sinh hoạt tôn giáo tập trung', 0, 1),
        D('Bản tóm tắt giáo lý, giáo luật, lễ nghi của tôn giáo (đối với tôn giáo chưa được công nhận)', 1, 0, req=False)],
  res='Văn bản chấp thuận đăng ký sinh hoạt tôn giáo tập trung.', rs='Văn bản chấp thuận đăng ký sinh hoạt tôn giáo tập trung',
  kw=['sinh hoạt tôn giáo tập trung', 'nhóm đạo', 'điểm nhóm tin lành'], rel=['1.001078'])

P('tin-nguong-ton-giao', '1.001078', 'Đăng ký hoạt động tín ngưỡng', 2, 15, impl=['XA'], dec=(88, '2024-02-27'),
  note='Không thu phí, lệ phí.', subj='Người đại diện hoặc ban quản lý cơ sở tín ngưỡng (đình, miếu, nhà rông có hoạt động tín ngưỡng)',
  docs=[D('Văn bản đăng ký danh mục hoạt động tín ngưỡng hằng năm theo mẫu', form='Văn bản đăng ký hoạt động tín ngưỡng'),
        D('Danh mục hoạt động tín ngưỡng (tên cơ sở, người đại diện, nội dung, quy mô, thời gian, địa điểm diễn ra)', 1, 0)],
  res='Văn bản chấp thuận đăng ký hoạt động tín ngưỡng của Ủy ban nhân dân cấp xã.', rs='Văn bản chấp thuận',
  kw=['lễ cúng đình', 'hoạt động tín ngưỡng'], rel=['1.001055'])

P('tin-nguong-ton-giao', '1.001090', 'Đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo, địa điểm hợp pháp đã đăng ký có quy mô tổ chức ở một huyện', 2, 10, impl=['HUYEN'], dec=(88, '2024-02-27'),
  note='Không thu phí, lệ phí.', subj='Tổ chức tôn giáo, tổ chức tôn giáo trực thuộc, chức sắc, nhà tu hành',
  docs=[D('Văn bản đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo theo mẫu', form='Văn bản đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo'),
        D('Chương trình, thời gian, địa điểm, quy mô cuộc lễ và dự kiến thành phần tham gia', 1, 0)],
  res='Văn bản chấp thuận tổ chức cuộc lễ của Ủy ban nhân dân cấp huyện.', rs='Văn bản chấp thuận',
  kw=['tổ chức lễ ngoài nhà thờ', 'lễ ngoài chùa', 'cuộc lễ tôn giáo'], rel=['1.001055'])

P('tin-nguong-ton-giao', '1.001109', 'Thông báo danh mục hoạt động tôn giáo đối với tổ chức có địa bàn hoạt động tôn giáo ở nhiều huyện thuộc một tỉnh', 2, 15, impl=[DT],
  note='Không thu phí, lệ phí.', subj='Tổ chức tôn giáo, tổ chức tôn giáo trực thuộc có địa bàn hoạt động ở nhiều huyện',
  cond='Thông báo chậm nhất ngày 31 tháng 10 hằng năm về danh mục hoạt động tôn giáo của năm tiếp theo.',
  docs=[D('Văn bản thông báo danh mục hoạt động tôn giáo theo mẫu', form='Văn bản thông báo danh mục hoạt động tôn giáo'),
        D('Danh mục hoạt động tôn giáo dự kiến của năm tiếp theo (chương trình, nội dung, thời gian, địa điểm)', 1, 0)],
  res='Văn bản xác nhận tiếp nhận thông báo danh mục hoạt động tôn giáo.', rs='văn bản xác nhận',
  kw=['danh mục hoạt động tôn giáo', 'giáo xứ', 'giáo phận Kon Tum'])

P('tin-nguong-ton-giao', '1.001117', 'Đề nghị tổ chức đại hội của tổ chức tôn giáo trực thuộc, tổ chức được cấp chứng nhận đăng ký hoạt động tôn giáo có địa bàn hoạt động ở một tỉnh', 2, 20, impl=[DT], comp=[TINH],
  note='Không thu phí, lệ phí.', subj='Tổ chức tôn giáo trực thuộc; tổ chức được cấp chứng nhận đăng ký hoạt động tôn giáo',
  docs=[D('Văn bản đề nghị tổ chức đại hội theo mẫu', form='Văn bản đề nghị tổ chức đại hội của tổ chức tôn giáo'),
        D('Chương trình, nội dung đại hội; danh sách dự kiến nhân sự ban lãnh đạo; dự thảo hiến chương sửa đổi (nếu có)', 1, 0)],
  res='Văn bản chấp thuận tổ chức đại hội của Ủy ban nhân dân tỉnh.', rs='Văn bản chấp thuận tổ chức đại hội',
  kw=['đại hội tôn giáo', 'tổ chức đại hội giáo hội'], rel=['1.001109'])

P('cong-tac-dan-toc', '1.012055', 'Công nhận người có uy tín trong đồng bào dân tộc thiểu số', 1, 15, impl=[DT], comp=[TINH],
  note='Không thu phí, lệ phí.',
  cond='Người được bình chọn là công dân Việt Nam cư trú hợp pháp tại địa phương, có uy tín với cộng đồng dân cư thôn, làng; được bình chọn công khai tại hội nghị thôn, làng và được Ủy ban nhân dân cấp xã, cấp huyện đề nghị.',
  docs=[D('Biên bản hội nghị bình chọn người có uy tín của thôn, làng', 1, 0),
        D('Văn bản đề nghị của Ủy ban nhân dân cấp xã và Ủy ban nhân dân cấp huyện kèm danh sách người được đề nghị', 1, 0)],
  xl=['Sở Dân tộc và Tôn giáo tổng hợp, thẩm định danh sách do Ủy ban nhân dân cấp huyện đề nghị, trình Ủy ban nhân dân tỉnh phê duyệt.'],
  res='Quyết định phê duyệt danh sách người có uy tín trong đồng bào dân tộc thiểu số.', rs='Quyết định phê duyệt danh sách người có uy tín',
  kw=['người có uy tín', 'già làng'], rel=['1.012056'])

P('cong-tac-dan-toc', '1.012056', 'Đưa ra khỏi danh sách người có uy tín trong đồng bào dân tộc thiểu số', 1, 10, impl=[DT], comp=[TINH],
  note='Không thu phí, lệ phí.',
  docs=[D('Văn bản đề nghị của Ủy ban nhân dân cấp huyện kèm danh sách người đề nghị đưa ra khỏi danh sách', 1, 0),
        D('Biên bản họp thôn, làng hoặc văn bản xác minh lý do đưa ra khỏi danh sách', 1, 0)],
  res='Quyết định đưa ra khỏi danh sách người có uy tín.', rs='Quyết định đưa ra khỏi danh sách người có uy tín',
  kw=['người có uy tín', 'đưa ra khỏi danh sách người có uy tín'], rel=['1.012055'])

# ===== Giải quyết khiếu nại, tố cáo =========================================
P('giai-quyet-khieu-nai-to-cao', '2.002147', 'Giải quyết khiếu nại lần đầu tại cấp tỉnh', 1, 30, impl=[TTR], comp=[TINH],
  note='Không thu phí, lệ phí.', subj='Công dân, cơ quan, tổ chức khiếu nại quyết định hành chính, hành vi hành chính của Chủ tịch Ủy ban nhân dân tỉnh',
  cond='Thời hạn giải quyết không quá 30 ngày kể từ ngày thụ lý; vụ việc phức tạp không quá 45 ngày; vùng sâu, vùng xa đi lại khó khăn không quá 45 ngày (phức tạp không quá 60 ngày).',
  docs=[D('Đơn khiếu nại hoặc bản ghi lời khiếu nại', form='Đơn khiếu nại'),
        D('Tài liệu, chứng cứ liên quan đến nội dung khiếu nại (nếu có)', 0, 1, req=False)],
  xl=['Thanh tra tỉnh được giao xác minh nội dung khiếu nại, tổ chức đối thoại và báo cáo kết quả xác minh, kiến nghị giải quyết.'],
  res='Quyết định giải quyết khiếu nại lần đầu.', rs='Quyết định giải quyết khiếu nại',
  kw=['khiếu nại', 'nộp đơn khiếu nại', 'khiếu nại quyết định hành chính'], legal=['lkn', 'nd124'], rel=['2.002152'])

P('giai-quyet-khieu-nai-to-cao', '2.002152', 'Giải quyết tố cáo tại cấp tỉnh', 1, 30, impl=[TTR], comp=[TINH],
  note='Không thu phí, lệ phí.', subj='Cá nhân tố cáo hành vi vi phạm pháp luật của cán bộ, công chức thuộc thẩm quyền quản lý của Chủ tịch Ủy ban nhân dân tỉnh',
  cond='Thời hạn giải quyết không quá 30 ngày kể từ ngày thụ lý; vụ việc phức tạp có thể gia hạn một lần không quá 30 ngày. Thông tin về người tố cáo được giữ bí mật.',
  docs=[D('Đơn tố cáo hoặc văn bản ghi nội dung tố cáo', form='Đơn tố cáo'),
        D('Thông tin, tài liệu, chứng cứ liên quan (nếu có)', 0, 1, req=False)],
  xl=['Thanh tra tỉnh xác minh nội dung tố cáo, báo cáo kết quả xác minh và kiến nghị biện pháp xử lý.'],
  res='Kết luận nội dung tố cáo.', rs='Kết luận nội dung tố cáo',
  kw=['tố cáo', 'tố cáo cán bộ'], legal=['ltc', 'nd31tc'], rel=['2.002147'])

P('giai-quyet-khieu-nai-to-cao', '2.002159', 'Giải quyết khiếu nại lần đầu tại cấp xã', 1, 30, impl=['XA'],
  note='Không thu phí, lệ phí.', subj='Công dân, cơ quan, tổ chức khiếu nại quyết định hành chính, hành vi hành chính của Chủ tịch Ủy ban nhân dân cấp xã, công chức cấp xã',
  docs=[D('Đơn khiếu nại hoặc bản ghi lời khiếu nại', form='Đơn khiếu nại'),
        D('Tài liệu, chứng cứ liên quan đến nội dung khiếu nại (nếu có)', 0, 1, req=False)],
  xl=['Công chức được giao xác minh nội dung khiếu nại, tổ chức đối thoại với người khiếu nại.'],
  res='Quyết định giải quyết khiếu nại lần đầu của Chủ tịch Ủy ban nhân dân cấp xã.', rs='Quyết định giải quyết khiếu nại',
  kw=['khiếu nại ở xã', 'khiếu nại phường'], legal=['lkn', 'nd124'], rel=['2.002147'])


# --- building the records ---------------------------------------------------

FIELD_BY_SLUG = {f[1]: f for f in FIELDS}
LEVEL_NAME = {'commune': 'cấp xã', 'district': 'cấp huyện', 'province': 'cấp tỉnh'}


def resolve(tokens):
    out = []
    for t in tokens or []:
        for c in (COMMUNES if t == 'XA' else DISTRICTS if t == 'HUYEN' else [t]):
            if c not in out:
                out.append(c)
    return out


def levels_of(codes):
    return [lv for lv in ('province', 'district', 'commune') if any(AG[c]['level'] == lv for c in codes)]


def reception(impl):
    """Where dossiers are handed in, in words."""
    lv = levels_of(impl)
    if len(impl) == 1:
        return 'Bộ phận Một cửa của ' + short(impl[0])
    if lv == ['commune']:
        return 'Bộ phận Một cửa của Ủy ban nhân dân cấp xã'
    if lv == ['district']:
        return 'Bộ phận Một cửa của Ủy ban nhân dân cấp huyện'
    if lv == ['district', 'commune']:
        return 'Bộ phận Một cửa của Ủy ban nhân dân cấp xã hoặc cấp huyện'
    return 'Bộ phận Một cửa của cơ quan đang quản lý sổ gốc, hồ sơ'


def where_online(impl):
    lv = levels_of(impl)
    if len(impl) == 1:
        return AG[impl[0]]['name']
    if lv == ['commune']:
        return 'Ủy ban nhân dân cấp xã nơi bạn cư trú'
    if lv == ['district']:
        return 'Ủy ban nhân dân huyện, thành phố nơi bạn cư trú hoặc đặt cơ sở'
    if lv == ['district', 'commune']:
        return 'Ủy ban nhân dân cấp xã hoặc cấp huyện thuận tiện cho bạn'
    return 'cơ quan đang quản lý hồ sơ, sổ gốc của bạn'


def leader_of(code, prof, own=True):
    """Who signs for the agency code (own: the field's override applies)."""
    lvl = AG[code]['level']
    if own and lvl in prof.get('leader', {}) and code != TINH:
        return prof['leader'][lvl]
    if lvl == 'commune':
        return 'Chủ tịch hoặc Phó Chủ tịch Ủy ban nhân dân cấp xã'
    if lvl == 'district':
        return 'Chủ tịch hoặc Phó Chủ tịch Ủy ban nhân dân cấp huyện'
    if code == TINH:
        return 'Chủ tịch hoặc Phó Chủ tịch Ủy ban nhân dân tỉnh'
    if code == TTR:
        return 'Chánh Thanh tra tỉnh'
    if code == BQL:
        return 'Trưởng ban hoặc Phó Trưởng ban Quản lý Khu kinh tế'
    return 'Giám đốc hoặc Phó Giám đốc ' + short(code)


def signer(codes, prof):
    """The signer text for a set of agencies of one role."""
    by_level = {}
    for c in codes:
        by_level.setdefault(AG[c]['level'], leader_of(c, prof))
    if len(by_level) == 1:
        return next(iter(by_level.values()))
    parts = ['ở %s là %s' % (LEVEL_NAME[k], v) for k, v in by_level.items()]
    return 'Người có thẩm quyền (%s)' % '; '.join(parts)


def cap(s):
    return s[0].upper() + s[1:]


def num(n):
    return ('%d' % n) if float(n).is_integer() else ('%.1f' % n).replace('.', ',')


def money(n):
    return '{:,}'.format(n).replace(',', '.')


def time_of(t):
    if isinstance(t, str):
        assert t.endswith('h'), t
        return float(t[:-1]) if '.' in t else int(t[:-1]), 'working_hours'
    return t, 'working_days'


def time_text(t):
    n, u = time_of(t)
    return '%s %s' % (('%02d' % n) if float(n).is_integer() and n < 10 else num(n),
                      'ngày làm việc' if u == 'working_days' else 'giờ làm việc')


def hours_of(t):
    n, u = time_of(t)
    return n * 8 if u == 'working_days' else n


def vn_date(iso):
    y, m, d = (int(x) for x in iso.split('-'))
    return '%02d/%s/%d' % (d, ('%02d' % m) if m < 3 else str(m), y)


def decision(field_name, dec):
    n, iso = dec
    return ('Quyết định số %d/QĐ-UBND ngày %s của Chủ tịch Ủy ban nhân dân tỉnh Kon Tum về việc công bố '
            'danh mục thủ tục hành chính lĩnh vực %s' % (n, vn_date(iso), field_name))


def ascii_slug(s, limit=80):
    import unicodedata
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = ''.join(ch for ch in unicodedata.normalize('NFD', s) if not unicodedata.combining(ch))
    s = re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')
    while len(s) > limit:
        s = s[:s.rfind('-')]
    return s


FORMS = {}   # form title -> dict(file, kind, to)


def form_file(title, kind, impl):
    f = ascii_slug(title) + '.rtf'
    if title in FORMS:
        assert FORMS[title]['file'] == f
    else:
        for t, v in FORMS.items():
            assert v['file'] != f, 'two forms map to %s: %s / %s' % (f, t, title)
        lv = levels_of(impl)
        if len(impl) == 1 or len(lv) > 1:
            to = AG[impl[0]]['name'] if len(impl) == 1 else 'Cơ quan có thẩm quyền'
        else:
            to = {'commune': 'Ủy ban nhân dân xã (phường, thị trấn)',
                  'district': 'Ủy ban nhân dân huyện (thành phố)'}[lv[0]]
        FORMS[title] = dict(file=f, kind=kind, to=to)
    return f


def internal_process(t, impl, comp, coord, prof, rs, relay=False):
    """The agency's own steps (Article 13.3): their hours add up to the time
    limit in person (1 working day = 8 working hours)."""
    total = hours_of(t)
    home = impl[0]
    lvl = AG[home]['level']
    recv_unit = {'commune': 'Bộ phận Một cửa Ủy ban nhân dân cấp xã',
                 'district': 'Bộ phận Một cửa Ủy ban nhân dân cấp huyện'}.get(lvl, 'Bộ phận Một cửa ' + short(home))
    spec_unit = prof['unit'].get(lvl, 'Phòng chuyên môn')
    if total <= 4:
        fixed = 0.5
    elif total <= 8:
        fixed = 1
    elif total <= 24:
        fixed = 2
    else:
        fixed = 4
    lead = 8 if total > 80 else fixed
    steps = [['Tiếp nhận, kiểm tra hồ sơ, cấp Giấy tiếp nhận hồ sơ và hẹn trả kết quả, chuyển bộ phận chuyên môn', 'reception', recv_unit, fixed]]
    spec = [['Thẩm định hồ sơ, xác minh (nếu cần)' + (', lấy ý kiến cơ quan phối hợp' if coord else '') +
             (', dự thảo ' + rs if not comp else ', dự thảo văn bản đề nghị'), 'specialist', spec_unit, 0]]
    lead_steps = [['Xem xét, ký ' + (rs if not comp else 'văn bản đề nghị gửi cơ quan có thẩm quyền quyết định'),
                   'leader', leader_of(home, prof), lead]]
    if comp and relay:
        c = comp[0]
        spec = [['Thẩm định hồ sơ, kiểm tra hiện trạng, chỉnh lý hồ sơ địa chính, dự thảo ' + rs, 'specialist',
                 prof['unit'].get(AG[c]['level'], 'Phòng chuyên môn - ' + short(c)), 0]]
        lead_steps = [['Xem xét, ký ' + rs, 'leader', leader_of(c, prof, own=False), lead]]
    elif comp:
        c = comp[0]
        cl = AG[c]['level']
        if c == TINH:
            cunit = 'Văn phòng Ủy ban nhân dân tỉnh'
        elif cl == 'province':
            cunit = prof['unit'].get('province', 'Phòng chuyên môn - ' + short(c))
        else:
            cunit = prof['unit'].get(cl, 'Phòng chuyên môn cấp huyện')
        spec.append(['Thẩm tra hồ sơ, trình quyết định', 'specialist', cunit, 0])
        lead_steps.append(['Xem xét, ký ' + rs, 'leader', leader_of(c, prof, own=False), lead])
    back = ['Vào sổ theo dõi, trả kết quả cho tổ chức, cá nhân và lưu hồ sơ', 'reception', recv_unit, fixed]
    rest = total - 2 * fixed - lead * len(lead_steps)
    assert rest > 0, (t, rest)
    if len(spec) == 2:
        a = round(rest / 2 * 2) / 2      # halves
        a = max(0.5, min(rest - 0.5, a))
        spec[0][3], spec[1][3] = a, rest - a
    else:
        spec[0][3] = rest
    out = []
    for st in steps + spec[:1] + lead_steps[:1] + spec[1:] + lead_steps[1:] + [back]:
        h = st[3]
        out.append({'step': st[0], 'role': st[1], 'unit': st[2], 'hours': int(h) if float(h).is_integer() else h})
    return out


# When the fee of an online dossier is paid, in words (pay_when)
PAY_WHEN = {'submission': 'khi nộp hồ sơ, trước khi hồ sơ được tiếp nhận',
            'acceptance': 'sau khi hồ sơ được tiếp nhận',
            'return': 'khi nhận kết quả'}


def build_guide(p, impl, prof, form_title, chans, rs):
    lv = p['lv']
    name = p['name']
    ref = '«%s»' % name if len(name) <= 90 else 'có mã %s' % p['code']
    rec = reception(impl)
    inp = chans[0]
    onl = next((c for c in chans if c['channel'] == 'online'), None)
    post = any(c['channel'] == 'post' for c in chans)
    s = []
    if lv >= 3:
        s.append('Đăng nhập Cổng Dịch vụ công tỉnh Kon Tum, tìm thủ tục %s, bấm «Nộp hồ sơ trực tuyến» và chọn nơi tiếp nhận là %s.' % (ref, where_online(impl)))
        if form_title:
            s.append('Điền tờ khai điện tử (cùng nội dung với mẫu «%s») rồi đính kèm các giấy tờ còn lại, mỗi giấy tờ quét hoặc chụp thành một tệp PDF, JPEG hoặc PNG.' % form_title)
        else:
            s.append('Đính kèm bản quét hoặc bản chụp các giấy tờ trong thành phần hồ sơ, mỗi giấy tờ là một tệp PDF, JPEG hoặc PNG.')
        a, b = inp['fee'] + inp['charge'], onl['fee'] + onl['charge']
        if b == 0 and a == 0:
            s.append(onl.get('fee_note') or 'Thủ tục này không thu phí, lệ phí.')
        elif b == 0:
            s.append('Hồ sơ nộp trực tuyến không phải nộp phí, lệ phí.')
        elif b < a:
            s.append('Nộp trực tuyến chỉ phải trả %s đồng (thấp hơn nộp trực tiếp), nộp %s, tại %s; trang hồ sơ trên Cổng ghi số tiền và cách nộp.' % (money(b), PAY_WHEN[p.get('pay', 'acceptance')], rec))
        else:
            # paid at the counter once accepted (the catalogue's pay_when
            # default): what the portal does, not an online payment
            s.append('Phí, lệ phí %s đồng%s nộp %s, tại %s (tiền mặt, thẻ ngân hàng hoặc chuyển khoản); trang hồ sơ trên Cổng ghi số tiền và cách nộp.' %
                     (money(b), ' (cách tính chi tiết ở mục phí, lệ phí)' if onl.get('fee_note') and 'trang' in onl['fee_note'] else '',
                      PAY_WHEN[p.get('pay', 'acceptance')], rec))
        s.append('Hồ sơ được giải quyết trong %s; bạn theo dõi tiến độ bằng mã hồ sơ và nhận thông báo qua thư điện tử.' %
                 time_text('%gh' % onl['time'] if onl['unit'] == 'working_hours' else onl['time']))
        if lv == 4:
            s.append('Kết quả (%s) được trả bản điện tử trên Cổng; nếu cần bản giấy, bạn chọn nhận qua bưu chính công ích hoặc nhận tại %s.' % (rs, rec))
        else:
            s.append('Khi nhận %s tại %s, bạn mang theo bản chính các giấy tờ đã tải lên để đối chiếu.' % (rs, rec))
    elif lv == 2:
        s.append('Thủ tục này chưa nhận hồ sơ trực tuyến; Cổng cung cấp thông tin%s để bạn chuẩn bị trước khi đi nộp.' % (' và biểu mẫu' if form_title else ''))
        how = ('tại %s' % rec) + (' hoặc gửi qua dịch vụ bưu chính công ích' if post else '')
        if form_title:
            s.append('Tải mẫu «%s» ở mục Thành phần hồ sơ, điền đầy đủ rồi nộp cùng các giấy tờ %s.' % (form_title, how))
        else:
            s.append('Chuẩn bị đủ các giấy tờ ở mục Thành phần hồ sơ và nộp %s.' % how)
        a = inp['fee'] + inp['charge']
        note = inp.get('fee_note', 'Không thu phí, lệ phí.')
        if a:
            s.append('Phí, lệ phí: %s đồng, nộp khi nhận Giấy tiếp nhận hồ sơ.' % money(a))
        elif note.startswith('Không thu'):
            s.append('Phí, lệ phí: k' + note[1:])
        else:
            s.append(note)
        s.append('Thời hạn giải quyết là %s kể từ ngày nhận đủ hồ sơ hợp lệ; bạn tra cứu tình trạng hồ sơ trên Cổng bằng mã hồ sơ in trên Giấy tiếp nhận.' % time_text(p['t']))
    else:
        s.append('Cổng chỉ công khai thông tin của thủ tục này; hồ sơ được lập theo hướng dẫn của cơ quan và nộp trực tiếp tại %s.' % rec)
        s.append('Thời hạn giải quyết là %s kể từ ngày thụ lý hoặc nhận đủ hồ sơ hợp lệ.' % time_text(p['t']))
        s.append('Bạn có thể tra cứu tình trạng hồ sơ trên Cổng bằng mã hồ sơ; số điện thoại của cơ quan có ở trang thông tin cơ quan.')
    if p.get('gx'):
        s.append(p['gx'])
    return ' '.join(s)


def build_proc(p):
    prof = PROFILE[p['field']]
    if p.get('lead'):
        prof = dict(prof, leader=dict(prof.get('leader', {}), **p['lead']))
    fname = FIELD_BY_SLUG[p['field']][2]
    impl = resolve(p['impl'])
    comp = resolve(p.get('comp'))
    coord = resolve(p.get('coord'))
    rs = p.get('rs') or p['res'].rstrip('.')
    sign = p.get('sign', rs)
    lv = p['lv']
    post = p.get('post', prof['post'])
    n, unit = time_of(p['t'])
    fee, charge = p.get('fee', 0), p.get('charge', 0)
    chans = [{'channel': 'in_person', 'time': n, 'unit': unit, 'fee': fee, 'charge': charge}]
    if p.get('note'):
        chans[0]['fee_note'] = p['note']
    if lv >= 3:
        tn, tu = time_of(p.get('tol', p['t']))
        c = {'channel': 'online', 'time': tn, 'unit': tu, 'fee': p.get('ofee', fee), 'charge': p.get('ocharge', charge)}
        note = p['onote'] if 'onote' in p else p.get('note')
        if note:
            c['fee_note'] = note
        chans.append(c)
    if post:
        c = dict(chans[0])
        chans.append(dict(c, channel='post'))

    # documents and the first form of the dossier
    docs, form_title = [], None
    for d in p['docs']:
        o = {}
        if d['case']:
            o['case'] = d['case']
        o.update({'name': d['name'], 'originals': d['o'], 'copies': d['c'], 'required': d['req']})
        if d['form']:
            kind = d['kind'] or form_kind(d['form'], prof['kind'])
            o['form'] = {'name': d['form'], 'file': form_file(d['form'], kind, impl)}
            form_title = form_title or d['form']
        docs.append(o)

    # steps: submission, reception, fees, the work, the decision, the result
    rec = reception(impl)
    ways = ['trực tiếp tại ' + rec]
    if post:
        ways.append('qua dịch vụ bưu chính công ích')
    if lv >= 3:
        ways.append('trực tuyến trên Cổng Dịch vụ công tỉnh Kon Tum')
    way = ways[0] if len(ways) == 1 else ', '.join(ways[:-1]) + ' hoặc ' + ways[-1]
    steps = [{'party': 'citizen', 'text': 'Chuẩn bị hồ sơ theo quy định và nộp %s.' % way},
             {'party': 'agency', 'text': cap(rec) + ' kiểm tra hồ sơ: nếu đầy đủ, hợp lệ thì tiếp nhận và cấp Giấy tiếp nhận hồ sơ và hẹn trả kết quả; nếu chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần bằng Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.'}]
    if any(c['fee'] + c['charge'] for c in chans):
        steps.append({'party': 'citizen', 'text': 'Nộp phí, lệ phí theo quy định tại nơi nộp hồ sơ (tiền mặt, thẻ ngân hàng hoặc chuyển khoản) và nhận biên lai thu phí, lệ phí' + (('; hồ sơ nộp trực tuyến nộp phí, lệ phí %s.' % PAY_WHEN[p.get('pay', 'acceptance')]) if lv >= 3 else '.')})
    xl = p.get('xl')
    if xl:
        steps += [{'party': 'agency', 'text': x} for x in xl]
    else:
        unit_txt = prof['unit'].get(AG[impl[0]]['level'], 'Bộ phận chuyên môn')
        steps.append({'party': 'agency', 'text': '%s thẩm định hồ sơ, xác minh (nếu cần) và dự thảo %s.' % (unit_txt, rs)})
        if comp:
            steps.append({'party': 'agency', 'text': 'Cơ quan tiếp nhận có văn bản đề nghị kèm hồ sơ gửi %s xem xét, quyết định.' % (AG[comp[0]]['name'] if len(comp) == 1 else 'Ủy ban nhân dân cấp huyện')})
    for case, party, text in p.get('cs', []):
        steps.append({'case': case, 'party': party, 'text': text})
    steps.append({'party': 'agency', 'text': '%s xem xét, ký %s; trường hợp không đủ điều kiện thì trả lời bằng văn bản và nêu rõ lý do.' % (signer(comp or impl, prof), sign)})
    if p.get('cit'):
        steps.append({'party': 'citizen', 'text': p['cit']})
    last = 'Nhận kết quả tại %s theo ngày hẹn ghi trên Giấy tiếp nhận hồ sơ' % rec
    if post:
        last += ', hoặc qua dịch vụ bưu chính công ích nếu đã đăng ký'
    if lv == 4:
        last += '; hồ sơ nộp trực tuyến được nhận kết quả điện tử trên Cổng'
    elif lv == 3:
        last += '; hồ sơ nộp trực tuyến xuất trình bản chính các giấy tờ để đối chiếu khi nhận kết quả'
    steps.append({'party': 'citizen', 'text': last + '.'})

    out = {'code': p['code'], 'name': p['name'], 'field': p['field']}
    ag = {'implementing': impl}
    if comp:
        ag['competent'] = comp
    if coord:
        ag['coordinating'] = coord
    out['agencies'] = ag
    out['agency_levels'] = levels_of(impl)
    out['level'] = lv
    l22 = p.get('l22', {4: 'toan_trinh', 3: 'mot_phan'}.get(lv))
    if l22:
        out['level_2022'] = l22
    # when the fee is due; absent: after acceptance (man/dvc-catalog.5)
    if p.get('pay'):
        out['pay_when'] = p['pay']
    out['subjects'] = p.get('subj') or prof['subj']
    if p.get('cond'):
        out['conditions'] = p['cond']
    if p.get('cases'):
        # (key, name) or (key, name, fee): a case with a fee of its own
        out['cases'] = [dict({'key': c[0], 'name': c[1]}, **({'fee': c[2], 'charge': 0} if len(c) > 2 else {}))
                        for c in p['cases']]
    out['steps'] = steps
    out['channels'] = chans
    out['documents'] = docs
    out['result'] = p['res']
    out['legal_basis'] = [L.get(x, x) for x in (p.get('legal') or prof['legal'])] + [L.get(x, x) for x in p.get('ladd', [])]
    if p.get('rel'):
        out['related'] = list(p['rel'])
    if p.get('ia'):
        out['inter_agency'] = list(p['ia'])
    dec = p.get('dec', prof['dec'])
    out['publishing_decision'] = decision(fname, dec)
    out['valid_from'] = dec[1]
    out['keywords'] = list(p['kw'])
    if p.get('ex'):
        out['fee_exemptions'] = list(p['ex'])
    out['guide'] = build_guide(p, impl, prof, form_title, chans, rs)
    out['internal_process'] = internal_process(p['t'], impl, comp, coord, prof, sign, p.get('relay'))
    return out


# --- the form templates -----------------------------------------------------

PERSON = ['Họ, chữ đệm, tên người yêu cầu', 'Ngày, tháng, năm sinh', 'Số định danh cá nhân',
          'Nơi cư trú', 'Số điện thoại liên hệ']
LINES = {
    'ca_nhan': PERSON + ['Quan hệ với người được cấp (nếu làm thay)', 'Nội dung đề nghị', 'Lý do đề nghị', 'Số bản đề nghị cấp'],
    'khai_sinh': ['Họ, chữ đệm, tên người được khai sinh', 'Ngày, tháng, năm sinh', 'Giới tính', 'Dân tộc; quốc tịch',
                  'Nơi sinh', 'Quê quán', 'Họ, chữ đệm, tên người mẹ; năm sinh; dân tộc; nơi cư trú',
                  'Họ, chữ đệm, tên người cha; năm sinh; dân tộc; nơi cư trú',
                  'Họ, chữ đệm, tên người yêu cầu; quan hệ với người được khai sinh', 'Số định danh cá nhân của người yêu cầu'],
    'ket_hon': ['Họ, chữ đệm, tên bên nữ', 'Ngày, tháng, năm sinh; dân tộc; quốc tịch (bên nữ)', 'Nơi cư trú; số định danh cá nhân (bên nữ)',
                'Họ, chữ đệm, tên bên nam', 'Ngày, tháng, năm sinh; dân tộc; quốc tịch (bên nam)', 'Nơi cư trú; số định danh cá nhân (bên nam)',
                'Kết hôn lần thứ mấy (bên nữ / bên nam)'],
    'khai_tu': ['Họ, chữ đệm, tên người đã chết', 'Ngày, tháng, năm sinh; giới tính', 'Số định danh cá nhân',
                'Nơi cư trú cuối cùng', 'Đã chết vào lúc ... giờ ... phút, ngày ... tháng ... năm', 'Nơi chết', 'Nguyên nhân chết',
                'Họ, chữ đệm, tên người đi khai tử; quan hệ với người đã chết'],
    'hon_nhan': ['Họ, chữ đệm, tên người yêu cầu', 'Ngày, tháng, năm sinh; giới tính', 'Số định danh cá nhân',
                 'Nơi cư trú', 'Tình trạng hôn nhân hiện nay', 'Mục đích sử dụng Giấy xác nhận', 'Số lượng Giấy xác nhận đề nghị cấp'],
    'lltp': ['Họ, chữ đệm, tên; giới tính', 'Ngày, tháng, năm sinh; nơi sinh', 'Quốc tịch; dân tộc', 'Số Căn cước công dân (hộ chiếu)',
             'Nơi thường trú', 'Nơi tạm trú', 'Họ, chữ đệm, tên cha; mẹ; vợ (chồng)', 'Quá trình cư trú từ đủ 14 tuổi',
             'Loại Phiếu yêu cầu cấp (số 1 / số 2); số lượng', 'Mục đích sử dụng Phiếu'],
    'dn': ['Tên doanh nghiệp viết bằng tiếng Việt', 'Tên doanh nghiệp viết bằng tiếng nước ngoài (nếu có)', 'Địa chỉ trụ sở chính',
           'Điện thoại; thư điện tử', 'Ngành, nghề kinh doanh (mã ngành cấp 4)', 'Vốn điều lệ; nguồn vốn',
           'Họ, chữ đệm, tên người đại diện theo pháp luật; chức danh', 'Số định danh cá nhân của người đại diện',
           'Nội dung đăng ký hoặc thay đổi', 'Thông tin đăng ký thuế'],
    'hkd': ['Tên hộ kinh doanh', 'Địa chỉ trụ sở hộ kinh doanh', 'Điện thoại; thư điện tử', 'Ngành, nghề kinh doanh',
            'Vốn kinh doanh', 'Số lượng lao động', 'Họ, chữ đệm, tên chủ hộ kinh doanh', 'Số định danh cá nhân; nơi cư trú của chủ hộ',
            'Nội dung đề nghị'],
    'xay_dung': ['Tên chủ đầu tư', 'Người đại diện; địa chỉ liên hệ; điện thoại', 'Địa điểm xây dựng: lô đất số ..., tờ bản đồ số ...',
                 'Giấy tờ về quyền sử dụng đất', 'Loại công trình; cấp công trình', 'Diện tích xây dựng tầng 1 (m²)',
                 'Tổng diện tích sàn (m²)', 'Chiều cao công trình (m); số tầng', 'Dự kiến thời gian hoàn thành'],
    'dat': ['Tên người sử dụng đất', 'Số định danh cá nhân hoặc mã số doanh nghiệp', 'Địa chỉ thường trú (trụ sở)',
            'Thửa đất số ...; tờ bản đồ số ...', 'Địa chỉ thửa đất', 'Diện tích (m²)', 'Mục đích sử dụng đất hiện tại',
            'Nội dung đề nghị (mục đích, thời hạn sử dụng)', 'Giấy tờ kèm theo'],
    'to_chuc': ['Tên tổ chức, cá nhân đề nghị', 'Địa chỉ trụ sở (nơi cư trú)', 'Điện thoại; thư điện tử',
                'Mã số doanh nghiệp (số đăng ký hộ kinh doanh)', 'Họ, chữ đệm, tên người đại diện; chức danh',
                'Địa điểm đề nghị cấp phép', 'Nội dung đề nghị', 'Hồ sơ kèm theo gồm'],
    'gplx': ['Họ, chữ đệm, tên', 'Ngày, tháng, năm sinh; quốc tịch', 'Nơi cư trú', 'Số định danh cá nhân (hộ chiếu)',
             'Số giấy phép lái xe; hạng', 'Cơ quan cấp; ngày cấp; có giá trị đến', 'Lý do đề nghị', 'Hạng giấy phép lái xe đề nghị cấp'],
    'van_tai': ['Tên đơn vị kinh doanh vận tải', 'Địa chỉ trụ sở', 'Điện thoại; thư điện tử', 'Mã số doanh nghiệp (số đăng ký hộ kinh doanh)',
                'Người đại diện theo pháp luật', 'Loại hình kinh doanh vận tải đề nghị', 'Số lượng phương tiện; biển kiểm soát',
                'Nội dung đề nghị'],
    'that_nghiep': PERSON + ['Số sổ bảo hiểm xã hội', 'Đơn vị đã chấm dứt hợp đồng lao động; ngày chấm dứt',
                             'Số tháng đã đóng bảo hiểm thất nghiệp', 'Nơi nhận trợ cấp (tài khoản / tiền mặt)'],
    'tro_cap': PERSON + ['Hoàn cảnh, lý do đề nghị trợ giúp', 'Chế độ đang hưởng (nếu có)', 'Hình thức nhận: số tài khoản; ngân hàng'],
    'ncc': PERSON + ['Họ, chữ đệm, tên người có công (liệt sĩ); quan hệ với người khai', 'Số hồ sơ người có công (nếu có)',
                     'Nội dung đề nghị', 'Hình thức nhận: số tài khoản; ngân hàng'],
    'khen': ['Tên cơ quan, đơn vị trình khen', 'Hình thức khen thưởng đề nghị', 'Họ, chữ đệm, tên cá nhân (tên tập thể) được đề nghị',
             'Chức vụ; đơn vị công tác', 'Thành tích đạt được', 'Thời gian đạt thành tích', 'Ý kiến của Hội đồng thi đua - khen thưởng'],
    'ton_giao': ['Tên tổ chức, nhóm tôn giáo (cơ sở tín ngưỡng)', 'Họ, chữ đệm, tên người đại diện; số định danh cá nhân',
                 'Địa chỉ liên hệ; điện thoại', 'Tôn giáo (tín ngưỡng)', 'Nội dung đăng ký, đề nghị', 'Thời gian; địa điểm',
                 'Số người tham dự dự kiến'],
    'xuat_ban': ['Tên cơ quan, tổ chức đề nghị', 'Địa chỉ; điện thoại; thư điện tử', 'Người đứng đầu; người chịu trách nhiệm',
                 'Tên ấn phẩm (bản tin, tài liệu)', 'Mục đích, nội dung chính', 'Đối tượng phục vụ; phạm vi phát hành',
                 'Kỳ hạn; số trang; khuôn khổ', 'Số lượng in; nơi in'],
    'hanh_nghe': PERSON + ['Văn bằng chuyên môn; nơi cấp; năm cấp', 'Chức danh, phạm vi hành nghề đề nghị',
                           'Thời gian, nơi thực hành', 'Cơ sở đăng ký hành nghề (nếu có)'],
    'attp': ['Tên cơ sở', 'Địa chỉ cơ sở', 'Điện thoại; thư điện tử', 'Mã số doanh nghiệp (số đăng ký hộ kinh doanh)',
             'Họ, chữ đệm, tên chủ cơ sở', 'Loại hình sản xuất, kinh doanh thực phẩm', 'Công suất (số suất ăn phục vụ)',
             'Sản phẩm đăng ký'],
    'thu_y': ['Tên tổ chức, cá nhân', 'Địa chỉ; điện thoại', 'Loại động vật, sản phẩm động vật (hoặc loại hình hành nghề)',
              'Số lượng; khối lượng', 'Nơi xuất phát; nơi đến', 'Phương tiện vận chuyển; biển kiểm soát', 'Nội dung đề nghị'],
    'nhan_cmc': ['Họ, chữ đệm, tên người nhận', 'Ngày, tháng, năm sinh; dân tộc; quốc tịch (người nhận)', 'Số định danh cá nhân; nơi cư trú (người nhận)',
                 'Họ, chữ đệm, tên người được nhận', 'Ngày, tháng, năm sinh; dân tộc; quốc tịch (người được nhận)', 'Số định danh cá nhân; nơi cư trú (người được nhận)',
                 'Quan hệ: nhận cha / nhận mẹ / nhận con', 'Giấy tờ chứng minh quan hệ cha, mẹ, con kèm theo'],
    'cai_chinh': PERSON + ['Họ, chữ đệm, tên người có thông tin hộ tịch cần thay đổi, cải chính, bổ sung', 'Giấy tờ hộ tịch đã cấp: số ...; ngày cấp ...; nơi cấp ...',
                           'Nội dung đề nghị (từ ... thành ...)', 'Lý do'],
    'giam_ho': ['Họ, chữ đệm, tên người giám hộ', 'Ngày, tháng, năm sinh; số định danh cá nhân (người giám hộ)', 'Nơi cư trú (người giám hộ)',
                'Họ, chữ đệm, tên người được giám hộ', 'Ngày, tháng, năm sinh; số định danh cá nhân (người được giám hộ)', 'Nơi cư trú (người được giám hộ)',
                'Căn cứ đăng ký (giám hộ cử / đương nhiên) hoặc lý do chấm dứt', 'Họ, chữ đệm, tên người yêu cầu; quan hệ'],
    'chung_thuc': ['Họ, chữ đệm, tên người yêu cầu chứng thực', 'Số giấy tờ tùy thân; ngày cấp; nơi cấp', 'Nơi cư trú; số điện thoại',
                   'Tên hợp đồng, giao dịch (di chúc, văn bản) yêu cầu chứng thực', 'Tài sản liên quan (nếu có)', 'Các bên tham gia',
                   'Đề nghị cơ quan soạn thảo hợp đồng, giao dịch (có / không)', 'Số bản chứng thực đề nghị'],
    'con_nuoi': ['Họ, chữ đệm, tên người nhận con nuôi (ông / bà)', 'Ngày, tháng, năm sinh; số định danh cá nhân', 'Nơi cư trú; nghề nghiệp',
                 'Họ, chữ đệm, tên người được nhận làm con nuôi', 'Ngày, tháng, năm sinh; giới tính', 'Nơi cư trú của người được nhận làm con nuôi',
                 'Họ, chữ đệm, tên cha mẹ đẻ hoặc người giám hộ', 'Lý do nhận con nuôi'],
    'chuyen_truong': ['Họ, chữ đệm, tên học sinh', 'Ngày, tháng, năm sinh', 'Lớp; năm học', 'Trường đang học', 'Trường xin chuyển đến',
                      'Lý do chuyển trường', 'Họ, chữ đệm, tên cha, mẹ hoặc người giám hộ', 'Số điện thoại liên hệ'],
    'van_bang': ['Họ, chữ đệm, tên người được cấp văn bằng, chứng chỉ', 'Ngày, tháng, năm sinh; nơi sinh', 'Số định danh cá nhân',
                 'Tên văn bằng, chứng chỉ; số hiệu; số vào sổ gốc', 'Năm tốt nghiệp; trường', 'Nội dung đề nghị (cấp bản sao / chỉnh sửa)',
                 'Lý do', 'Số bản sao đề nghị cấp'],
    'lao_dong_nn': ['Tên người sử dụng lao động', 'Địa chỉ trụ sở; điện thoại', 'Mã số doanh nghiệp', 'Họ, chữ đệm, tên người lao động nước ngoài',
                    'Ngày, tháng, năm sinh; quốc tịch', 'Số hộ chiếu', 'Vị trí công việc; chức danh', 'Thời hạn làm việc (từ ... đến ...)',
                    'Địa điểm làm việc'],
    'su_kien': ['Tên cơ quan, tổ chức, cá nhân', 'Địa chỉ; điện thoại; thư điện tử', 'Người chịu trách nhiệm (người chủ trì)',
                'Tên chương trình, sự kiện', 'Nội dung chính', 'Thời gian', 'Địa điểm', 'Quy mô; số người tham dự dự kiến',
                'Phương án bảo đảm an ninh, trật tự, an toàn'],
    'khieu_nai': PERSON + ['Tên cơ quan, người bị khiếu nại (tố cáo)', 'Nội dung khiếu nại (tố cáo)', 'Yêu cầu của người khiếu nại',
                           'Tài liệu, chứng cứ kèm theo'],
}
KIND_RULES = [
    (r'nhận cha, mẹ, con', 'nhan_cmc'), (r'thay đổi, cải chính', 'cai_chinh'), (r'giám hộ', 'giam_ho'),
    (r'chứng thực', 'chung_thuc'), (r'con nuôi', 'con_nuoi'), (r'chuyển trường', 'chuyen_truong'),
    (r'văn bằng', 'van_bang'), (r'giấy phép lao động', 'lao_dong_nn'),
    (r'thẻ công chứng viên|hướng dẫn viên|nhân viên bức xạ|chứng chỉ hành nghề', 'hanh_nghe'),
    (r'biểu diễn|lễ hội|họp báo', 'su_kien'),
    (r'khai sinh', 'khai_sinh'), (r'kết hôn', 'ket_hon'), (r'khai tử', 'khai_tu'), (r'tình trạng hôn nhân', 'hon_nhan'),
    (r'lý lịch tư pháp', 'lltp'), (r'hộ kinh doanh', 'hkd'), (r'doanh nghiệp|công ty|chi nhánh', 'dn'),
    (r'lái xe', 'gplx'), (r'vận tải|phù hiệu|lưu hành|xe máy chuyên dùng', 'van_tai'),
    (r'khiếu nại|tố cáo', 'khieu_nai'),
]


def form_kind(title, default):
    low = title.lower()
    for rx, kind in KIND_RULES:
        if re.search(rx, low):
            return kind
    return default


def rtf_text(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in '\\{}':
            out.append('\\' + ch)
        elif 32 <= o < 127:
            out.append(ch)
        else:
            units = [o] if o < 0x10000 else [0xD800 + ((o - 0x10000) >> 10), 0xDC00 + ((o - 0x10000) & 0x3FF)]
            out += ['\\u%d?' % (u - 0x10000 if u > 0x7FFF else u) for u in units]
    return ''.join(out)


SIGNER = {'dn': 'NGƯỜI ĐẠI DIỆN THEO PHÁP LUẬT', 'to_chuc': 'NGƯỜI ĐẠI DIỆN', 'van_tai': 'NGƯỜI ĐẠI DIỆN THEO PHÁP LUẬT',
          'attp': 'CHỦ CƠ SỞ', 'khen': 'THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ', 'xuat_ban': 'NGƯỜI ĐỨNG ĐẦU CƠ QUAN, TỔ CHỨC',
          'ket_hon': 'BÊN NỮ / BÊN NAM', 'hkd': 'CHỦ HỘ KINH DOANH', 'xay_dung': 'CHỦ ĐẦU TƯ',
          'lao_dong_nn': 'NGƯỜI SỬ DỤNG LAO ĐỘNG', 'su_kien': 'NGƯỜI ĐẠI DIỆN', 'ton_giao': 'NGƯỜI ĐẠI DIỆN',
          'thu_y': 'NGƯỜI ĐỀ NGHỊ', 'chuyen_truong': 'CHA, MẸ HOẶC NGƯỜI GIÁM HỘ', 'khieu_nai': 'NGƯỜI KHIẾU NẠI (TỐ CÁO)',
          'con_nuoi': 'NGƯỜI NHẬN CON NUÔI'}
ORG_KINDS = {'dn', 'to_chuc', 'van_tai', 'attp', 'khen', 'xuat_ban', 'lao_dong_nn', 'su_kien', 'ton_giao'}


def write_rtf(title, info):
    t = rtf_text
    parts = ['{\\rtf1\\ansi\\ansicpg1252\\deff0\\uc1{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}}',
             '\\paperw11906\\paperh16838\\margl1701\\margr1134\\margt1134\\margb1134',
             '\\pard\\qc\\f0\\fs26\\b ' + t('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM') + '\\par',
             t('Độc lập - Tự do - Hạnh phúc') + '\\b0\\par',
             '---------------\\par\\par',
             '\\fs28\\b ' + t(title.upper()) + '\\b0\\fs26\\par\\par',
             '\\pard\\ql\\sl360\\slmult1 ' + t('Kính gửi: ' + info['to']) + '\\par']
    for label in LINES[info['kind']]:
        parts.append(t(label) + ': ' + '.' * 40 + '\\par')
    parts += ['\\par ' + t(('Chúng tôi' if info['kind'] in ORG_KINDS else 'Tôi') + ' cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về lời khai của mình.') + '\\par\\par',
              '\\pard\\qr\\i ' + t('..........., ngày ..... tháng ..... năm 20.....') + '\\i0\\par',
              '\\b ' + t(SIGNER.get(info['kind'], 'NGƯỜI YÊU CẦU')) + '\\b0\\par',
              '\\i ' + t('(Ký, ghi rõ họ, chữ đệm, tên)') + '\\i0\\par\\par\\par',
              '\\pard\\qc\\fs20\\i ' + t('Mẫu minh họa của Cổng Dịch vụ công (dữ liệu minh họa)') + '\\i0\\par',
              '}']
    data = '\n'.join(parts) + '\n'
    with open(os.path.join(FORM_DIR, info['file']), 'w', encoding='ascii', newline='\n') as f:
        f.write(data)


# --- checking ---------------------------------------------------------------

KEYS = {
    'root': {'format', 'agencies', 'fields', 'procedures'},
    'agency': {'code', 'name', 'level', 'parent', 'address', 'phone', 'email', 'website', 'bank',
               'status', 'closed_on', 'successor', 'history'},
    'bank': {'account', 'bank', 'holder', 'bin'},
    'history': {'date', 'event', 'note', 'old_name'},
    'field': {'code', 'slug', 'name'},
    'proc': {'code', 'name', 'field', 'agencies', 'agency_levels', 'level', 'level_2022', 'pay_when', 'subjects',
             'conditions', 'cases', 'steps', 'channels', 'documents', 'result', 'legal_basis', 'related',
             'inter_agency', 'publishing_decision', 'valid_from', 'valid_to', 'keywords', 'guide',
             'internal_process', 'fee_exemptions'},
    'agencies': {'implementing', 'competent', 'coordinating'},
    'case': {'key', 'name', 'fee', 'charge'},
    'step': {'case', 'party', 'text'},
    'channel': {'channel', 'time', 'unit', 'fee', 'charge', 'fee_note'},
    'document': {'case', 'name', 'originals', 'copies', 'required', 'form'},
    'form': {'name', 'file'},
    'process': {'step', 'role', 'unit', 'hours'},
}
AGENCY_CODE = re.compile(r'^[0-9A-Z]+(\.[0-9A-Z]+)*$')
PROC_CODE = re.compile(r'^\d\.\d{6}$')
SLUG = re.compile(r'^[a-z0-9]+(-[a-z0-9]+)*$')
DATE = re.compile(r'^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$')
FILE = re.compile(r'^[a-z0-9]+(-[a-z0-9]+)*\.rtf$')


class Check:
    def __init__(self):
        self.errors = []

    def __call__(self, ok, where, msg):
        if not ok:
            self.errors.append('%s: %s' % (where, msg))
        return ok

    def keys(self, obj, kind, where):
        extra = set(obj) - KEYS[kind]
        self(not extra, where, 'keys outside the spec: %s' % sorted(extra))

    def text(self, v, where, maxlen=None, line=True):
        if not self(isinstance(v, str) and v.strip() == v and v, where, 'must be a trimmed non-empty string'):
            return
        if line:
            self('\n' not in v and '\t' not in v, where, 'must be one line')
        if maxlen:
            self(len(v) <= maxlen, where, 'longer than %d' % maxlen)


def fold(s):
    """The portal's search folding (cgi/domain/fold.c), for the ranking check."""
    import unicodedata
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = ''.join(ch for ch in unicodedata.normalize('NFD', s) if not unicodedata.combining(ch)).lower()
    return ' '.join(re.findall(r'[a-z0-9]+', s))


def search(procs, q):
    """A model of catalog_search(): every word must occur; name 10, keyword
    5, text 1 per word; +30 for the phrase in the name, +10 if the name
    starts with it; minus name length / 40; ties by name."""
    fq = fold(q)
    words = fq.split()
    hits = []
    for p in sorted(procs, key=lambda p: (fold(p['name']), p['code'])):
        name = fold(p['name']).split()
        kw = fold(' '.join(p['keywords'])).split()
        docs = ' '.join(d['name'] for d in p['documents'])
        field_name = FIELD_BY_SLUG[p['field']][2]
        impl = ' '.join(AG[c]['name'] for c in p['agencies']['implementing'])
        text = fold(' '.join([field_name, p.get('subjects', ''), p.get('conditions', ''), p['result'], p['guide'], p['code'], impl, docs])).split()
        score, ok = 0, True
        for w in words:
            if w in name:
                score += 10
            elif w in kw:
                score += 5
            elif w in text:
                score += 1
            else:
                ok = False
        if not ok:
            continue
        fn = fold(p['name'])
        if (' ' + fq + ' ') in (' ' + fn + ' '):
            score += 30
        if fn.startswith(fq):
            score += 10
        score -= len(fn) // 40
        hits.append((-score, len(hits), p))
    hits.sort(key=lambda h: (h[0], h[1]))
    return [h[2] for h in hits]


def validate(doc):
    ck = Check()
    ck.keys(doc, 'root', 'file')
    ck(doc.get('format') == 'dvc-catalog-1', 'file', 'format')
    agencies = {a['code']: a for a in doc['agencies']}
    ck(len(agencies) == len(doc['agencies']), 'agencies', 'duplicate codes')
    for a in doc['agencies']:
        w = 'agency %s' % a.get('code')
        ck.keys(a, 'agency', w)
        ck(AGENCY_CODE.match(a['code']) and len(a['code']) <= 24, w, 'bad code')
        ck.text(a['name'], w + ' name', 255)
        ck(a['level'] in ('province', 'district', 'commune'), w, 'level')
        if 'parent' in a:
            ck(a['parent'] in agencies and a['parent'] != a['code'], w, 'parent')
        else:
            ck(a['code'] == TINH, w, 'only the top has no parent')
        for k in ('address', 'phone', 'email', 'website'):
            if k in a:
                ck.text(a[k], w + ' ' + k, {'phone': 40, 'email': 254}.get(k, 300))
        if 'email' in a:
            ck(re.match(r'^[a-z0-9.]+@[a-z0-9.-]+\.[a-z]+$', a['email']), w, 'email')
        if 'website' in a:
            ck(a['website'].startswith(('https://', 'http://')), w, 'website')
        if 'bank' in a:
            ck.keys(a['bank'], 'bank', w + ' bank')
            ck(re.match(r'^[A-Za-z0-9 .-]{1,40}$', a['bank']['account']), w, 'bank account')
            ck(re.match(r'^[0-9]{6}$', a['bank'].get('bin', '000000')), w, 'bank bin')
        st = a.get('status', 'active')
        ck(st in ('active', 'closed'), w, 'status')
        if st == 'closed':
            ck(DATE.match(a.get('closed_on', '')), w, 'closed_on required')
            ck(a.get('successor') in agencies, w, 'a closed agency has a successor here')
        if 'successor' in a:
            ck(a['successor'] in agencies and agencies[a['successor']].get('status', 'active') == 'active', w, 'successor')
        for i, h in enumerate(a.get('history', [])):
            ck.keys(h, 'history', '%s history[%d]' % (w, i))
            ck(DATE.match(h['date']), w, 'history date')
            ck(h['event'] in ('created', 'renamed', 'merged', 'closed'), w, 'history event')
            ck(h['event'] != 'renamed' or h.get('old_name'), w, 'renamed needs old_name')
            ck.text(h.get('note', 'x'), w + ' note', 500)
    fields = {}
    for f in doc['fields']:
        w = 'field %s' % f.get('code')
        ck.keys(f, 'field', w)
        ck(re.match(r'^[A-Za-z0-9.-]{1,20}$', f['code']), w, 'code')
        ck(SLUG.match(f['slug']) and len(f['slug']) <= 100, w, 'slug')
        ck(f['code'] not in fields and f['slug'] not in fields, w, 'duplicate code or slug')
        fields[f['code']] = fields[f['slug']] = f
    codes = [p['code'] for p in doc['procedures']]
    ck(len(codes) == len(set(codes)), 'procedures', 'duplicate codes: %s' % sorted(c for c in codes if codes.count(c) > 1))
    names = [p['name'] for p in doc['procedures']]
    ck(len(names) == len(set(names)), 'procedures', 'duplicate names')
    procs = set(codes)
    forms = set()
    for p in doc['procedures']:
        w = 'procedure %s' % p.get('code')
        ck.keys(p, 'proc', w)
        ck(PROC_CODE.match(p['code']), w, 'code format')
        ck.text(p['name'], w + ' name', 500)
        ck(p['field'] in fields, w, 'field')
        ag = p['agencies']
        ck.keys(ag, 'agencies', w)
        ck(len(ag.get('implementing', [])) >= 1, w, 'no implementing agency')
        for role in ('implementing', 'competent', 'coordinating'):
            for c in ag.get(role, []):
                ck(c in agencies, w, '%s agency %s unknown' % (role, c))
                ck(c in agencies and agencies[c].get('status', 'active') == 'active', w, '%s agency %s is closed' % (role, c))
        ck(set(p.get('agency_levels', [])) <= {'province', 'district', 'commune'}, w, 'agency_levels')
        ck(isinstance(p['level'], int) and 1 <= p['level'] <= 4, w, 'level')
        if 'level_2022' in p:
            ck(p['level_2022'] in ('toan_trinh', 'mot_phan') and p['level'] >= 3, w, 'level_2022')
        cases = set()
        for c in p.get('cases', []):
            ck.keys(c, 'case', w + ' case')
            ck(SLUG.match(c['key']) and c['key'] not in cases, w, 'case key')
            cases.add(c['key'])
        ck(4 <= len(p['steps']) <= 8, w, '%d steps' % len(p['steps']))
        for s in p['steps']:
            ck.keys(s, 'step', w + ' step')
            ck(s['party'] in ('citizen', 'agency'), w, 'party')
            ck(s.get('case', next(iter(cases), None)) in cases or 'case' not in s, w, 'step case')
            ck.text(s['text'], w + ' step text', 20000, line=False)
        chans = p['channels']
        ck(len(chans) >= 1 and chans[0]['channel'] == 'in_person', w, 'channels')
        ck(len({c['channel'] for c in chans}) == len(chans), w, 'channel twice')
        ck((p['level'] >= 3) == any(c['channel'] == 'online' for c in chans), w, 'online iff level 3-4')
        for c in chans:
            ck.keys(c, 'channel', w + ' channel')
            ck(c['channel'] in ('in_person', 'online', 'post'), w, 'channel')
            ck(c['unit'] in ('working_days', 'working_hours'), w, 'unit')
            ck(isinstance(c['time'], (int, float)) and c['time'] > 0 and abs(c['time'] * 10 - round(c['time'] * 10)) < 1e-9, w, 'time')
            ck(isinstance(c['fee'], int) and isinstance(c['charge'], int) and c['fee'] >= 0 and c['charge'] >= 0, w, 'fees')
            if 'fee_note' in c:
                ck.text(c['fee_note'], w + ' fee_note', 1000)
        ck(2 <= len(p['documents']) <= 7, w, '%d documents' % len(p['documents']))
        for d in p['documents']:
            ck.keys(d, 'document', w + ' document')
            ck.text(d['name'], w + ' document name', 1000)
            ck('case' not in d or d['case'] in cases, w, 'document case')
            ck(isinstance(d['originals'], int) and isinstance(d['copies'], int) and 0 <= d['originals'] <= 50 and 0 <= d['copies'] <= 50, w, 'counts')
            ck(d['originals'] + d['copies'] > 0, w, 'a document with no copy at all')
            ck(isinstance(d['required'], bool), w, 'required')
            if 'form' in d:
                ck.keys(d['form'], 'form', w + ' form')
                ck(FILE.match(d['form']['file']) and len(d['form']['file']) <= 200, w, 'form file name')
                ck(os.path.isfile(os.path.join(FORM_DIR, d['form']['file'])), w, 'form file missing')
                forms.add(d['form']['file'])
        ck.text(p['result'], w + ' result', 20000, line=False)
        ck(2 <= len(p['legal_basis']) <= 4, w, '%d legal_basis entries' % len(p['legal_basis']))
        for x in p['legal_basis']:
            ck.text(x, w + ' legal_basis', 1000)
        for k in ('related', 'inter_agency'):
            for c in p.get(k, []):
                ck(c in procs and c != p['code'], w, '%s %s does not resolve' % (k, c))
        ck.text(p['publishing_decision'], w + ' publishing_decision', 500)
        ck(DATE.match(p['valid_from']) and p['valid_from'] <= '2025-12-31', w, 'valid_from')
        ck(2 <= len(p['keywords']) <= 5, w, '%d keywords' % len(p['keywords']))
        for k in p['keywords']:
            ck.text(k, w + ' keyword', 100)
        n = len(re.findall(r'[.!?](\s|$)', p['guide']))
        ck(3 <= n <= 6, w, 'guide has %d sentences' % n)
        total = sum(x['hours'] for x in p['internal_process'])
        c0 = chans[0]
        want = c0['time'] * 8 if c0['unit'] == 'working_days' else c0['time']
        ck(abs(total - want) < 1e-9, w, 'internal process %s h, time limit %s h' % (total, want))
        for x in p['internal_process']:
            ck.keys(x, 'process', w + ' process')
            ck(x['role'] in ('reception', 'specialist', 'leader') and x['hours'] > 0 and abs(x['hours'] * 10 - round(x['hours'] * 10)) < 1e-9, w, 'process step')
            ck.text(x['step'], w + ' process step', 500)
            ck.text(x['unit'], w + ' process unit', 300)
    for f in forms:
        path = os.path.join(FORM_DIR, f)
        data = open(path, 'rb').read()
        ck(data.startswith(b'{\\rtf1') and len(data) < 4096 and max(data) < 128, f, 'RTF: %d bytes' % len(data))
        ck(data.count(b'{') == data.count(b'}'), f, 'unbalanced braces')

    # the figures the brief and the tests ask for
    P_ = doc['procedures']
    by = {}
    for p in P_:
        for c in p['agencies']['implementing']:
            by[c] = by.get(c, 0) + 1
    used = {p['field'] for p in P_}
    ck(len(P_) >= 160, 'counts', 'procedures %d' % len(P_))
    ck(len(used) >= 15, 'counts', 'fields used %d' % len(used))
    ck(len(agencies) >= 40, 'counts', 'agencies %d' % len(agencies))
    ck(sum(p['level'] >= 3 for p in P_) >= 60, 'counts', 'level 3-4')
    ck(sum(p['level'] == 2 for p in P_) >= 4, 'counts', 'level 2 (the views test takes the 4th)')
    ck(sum(1 for a in agencies.values() if a.get('status') == 'closed' and a.get('successor')) >= 1, 'counts', 'a closed agency')
    ck(sum(1 for a in agencies.values() if a.get('history')) >= 3, 'counts', 'history on 3 agencies')
    for c in (TP, TPKT, '000.31.01.H34', KHCN):
        ck(by.get(c, 0) >= 8, 'counts', '%s has %d procedures' % (c, by.get(c, 0)))
    ck(len({c for p in P_ for c in p['agencies']['implementing']}) >= 20, 'counts', 'implementing agencies')
    # the agencies demo.sql inserts, unchanged
    for code, name, level, parent in [
            (TINH, 'Ủy ban nhân dân tỉnh Kon Tum', 'province', None),
            (TTTT, 'Sở Thông tin và Truyền thông tỉnh Kon Tum', 'province', TINH),
            (TP, 'Sở Tư pháp tỉnh Kon Tum', 'province', TINH),
            (KHDT, 'Sở Kế hoạch và Đầu tư tỉnh Kon Tum', 'province', TINH),
            (TPKT, 'Ủy ban nhân dân thành phố Kon Tum', 'district', TINH),
            (ac(32), 'Ủy ban nhân dân huyện Đắk Hà', 'district', TINH),
            ('000.31.01.H34', 'Ủy ban nhân dân phường Quyết Thắng', 'commune', TPKT),
            ('000.31.02.H34', 'Ủy ban nhân dân xã Đắk Cấm', 'commune', TPKT)]:
        a = agencies.get(code, {})
        ck((a.get('name'), a.get('level'), a.get('parent')) == (name, level, parent), code, 'differs from demo.sql')
    # what the search tests rely on
    pc = {p['code']: p for p in P_}
    ks = pc.get('1.001193', {})
    ck(ks.get('name') == 'Đăng ký khai sinh' and ks.get('field') == 'ho-tich' and ks.get('level') == 4 and
       '000.31.01.H34' in ks['agencies']['implementing'] and 'giấy khai sinh' in ks['keywords'], '1.001193', 'as the tests expect')
    ck(any(p['name'] == 'Đăng ký khai sinh có yếu tố nước ngoài' and p['agency_levels'] == ['district'] for p in P_), 'tests', 'khai sinh YTNN')
    ck(any(p['name'] == 'Đăng ký lại khai sinh' for p in P_), 'tests', 'đăng ký lại khai sinh')
    for q in ('dang ky khai sinh', 'Đăng ký khai sinh', 'khai sinh', 'đăng ký  khai   sinh'):
        r = search(P_, q)
        ck(r and r[0]['code'] == '1.001193', 'search %r' % q, 'first is %s' % (r[0]['name'] if r else None))
    r = [p['name'] for p in search(P_, 'khai sinh')]
    last_name = max(i for i, n in enumerate(r) if 'khai sinh' in fold(n))
    first_other = next((i for i, n in enumerate(r) if 'khai sinh' not in fold(n)), None)
    ck(first_other is None or first_other > last_name, 'search khai sinh', 'names with the words first')
    ck('1.001193' in [p['code'] for p in search(P_, 'giay khai sinh')[:20]], 'search giay khai sinh', 'finds 1.001193')
    ck(any('lái xe' in p['name'] for p in search(P_, 'xe')[:20]), 'search xe', '"lái xe" on the first page')
    ck(any('xe ô tô' in p['name'] for p in search(P_, 'xe ô tô')[:20]), 'search xe ô tô', '"xe ô tô" on the first page')
    ck(len(search(P_, 'dang ky')) > 5, 'search dang ky', 'more than 5')
    return ck.errors, by


# --- main -------------------------------------------------------------------

def main():
    os.makedirs(FORM_DIR, exist_ok=True)
    procs = [build_proc(p) for p in PROCS]
    procs.sort(key=lambda p: (p['field'] != 'ho-tich', [f[1] for f in FIELDS].index(p['field']), p['code']))
    fields_used = {p['field'] for p in procs}
    doc = {'format': 'dvc-catalog-1', 'agencies': AGENCIES,
           'fields': [{'code': c, 'slug': s, 'name': n} for c, s, n in FIELDS if s in fields_used],
           'procedures': procs}
    # the form templates: write the ones named, remove the ones no longer named
    wanted = set()
    for title, info in sorted(FORMS.items()):
        write_rtf(title, info)
        wanted.add(info['file'])
    for f in os.listdir(FORM_DIR):
        if f.endswith('.rtf') and f not in wanted:
            os.remove(os.path.join(FORM_DIR, f))
    errors, by = validate(json.loads(json.dumps(doc)))
    if errors:
        for e in errors:
            print('error:', e, file=sys.stderr)
        print('%d errors; %s not written' % (len(errors), OUT), file=sys.stderr)
        return 1
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
    per_field = {}
    for p in procs:
        per_field[p['field']] = per_field.get(p['field'], 0) + 1
    print('agencies %d (closed %d), fields %d (used %d), procedures %d (level 4: %d, level 3: %d, level 2: %d, level 1: %d), forms %d' % (
        len(AGENCIES), sum(a.get('status') == 'closed' for a in AGENCIES), len(doc['fields']), len(fields_used), len(procs),
        *(sum(p['level'] == k for p in procs) for k in (4, 3, 2, 1)), len(wanted)))
    for c, s, n in FIELDS:
        if s in per_field:
            print('  %-36s %-10s %3d  %s' % (s, c, per_field[s], n))
    for c in (TP, TPKT, '000.31.01.H34', KHCN):
        print('  %s %-45s %3d procedures' % (c, AG[c]['name'], by.get(c, 0)))
    print('wrote %s' % os.path.relpath(OUT, ROOT))
    return 0


if __name__ == '__main__':
    sys.exit(main())

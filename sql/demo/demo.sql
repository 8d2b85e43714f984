-- DEMO DATA, written for this project: not an official record. Loaded by
-- `./dvc-dev up` into the demo database only. Agency names are those of
-- Kon Tum's bodies before the 2025 reorganisation; their identifier codes
-- follow the pattern of Circular 10/2016/TT-BTTTT but are made up here.
INSERT INTO agency (code, name, level, parent_id) VALUES
  ('000.00.00.H34', 'Ủy ban nhân dân tỉnh Kon Tum', 'province', NULL);
SET @ubnd = LAST_INSERT_ID();
INSERT INTO agency (code, name, level, parent_id) VALUES
  ('000.00.15.H34', 'Sở Thông tin và Truyền thông tỉnh Kon Tum', 'province', @ubnd),
  ('000.00.09.H34', 'Sở Tư pháp tỉnh Kon Tum', 'province', @ubnd),
  ('000.00.06.H34', 'Sở Kế hoạch và Đầu tư tỉnh Kon Tum', 'province', @ubnd),
  ('000.00.31.H34', 'Ủy ban nhân dân thành phố Kon Tum', 'district', @ubnd),
  ('000.00.32.H34', 'Ủy ban nhân dân huyện Đắk Hà', 'district', @ubnd);
SET @tp = (SELECT id FROM agency WHERE code = '000.00.31.H34');
INSERT INTO agency (code, name, level, parent_id) VALUES
  ('000.31.01.H34', 'Ủy ban nhân dân phường Quyết Thắng', 'commune', @tp),
  ('000.31.02.H34', 'Ủy ban nhân dân xã Đắk Cấm', 'commune', @tp);

INSERT INTO announcement (title, body, published_at) VALUES
  ('Cổng Dịch vụ công tỉnh Kon Tum chính thức vận hành',
   'Từ ngày 20/4/2018, người dân và doanh nghiệp có thể tra cứu thủ tục hành chính, nộp hồ sơ trực tuyến và theo dõi kết quả giải quyết tại Cổng Dịch vụ công của tỉnh.\nCác cơ quan hành chính nhà nước trên địa bàn tỉnh tiếp nhận hồ sơ trực tuyến theo Quyết định số 08/2018/QĐ-UBND ngày 10/4/2018 của Ủy ban nhân dân tỉnh.\n(Dữ liệu minh họa.)',
   NOW() - INTERVAL 30 DAY),
  ('Lịch nghỉ Tết Nguyên đán: hồ sơ trực tuyến vẫn được tiếp nhận',
   'Trong thời gian nghỉ Tết, cổng vẫn tiếp nhận hồ sơ trực tuyến. Hồ sơ nộp trong ngày nghỉ được tính từ ngày làm việc đầu tiên sau kỳ nghỉ.\n(Dữ liệu minh họa.)',
   NOW() - INTERVAL 10 DAY),
  ('Hướng dẫn nộp hồ sơ trực tuyến mức độ 3 và 4',
   'Để nộp hồ sơ trực tuyến, bạn cần có tài khoản trên cổng. Mỗi giấy tờ trong hồ sơ được quét thành một tệp riêng (PDF, JPEG hoặc PNG).\nVới dịch vụ mức độ 4, hồ sơ có thể được ký số; nếu không ký số, bạn gửi thêm hồ sơ giấy qua bưu điện, ghi rõ mã hồ sơ.\n(Dữ liệu minh họa.)',
   NOW() - INTERVAL 2 DAY);

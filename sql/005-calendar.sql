-- 005: the calendar of working days (issue 6): public holidays and the
-- Saturdays or Sundays worked instead, read by the deadline engine
-- (cgi/domain/calendar.c). Monday to Friday are working days and
-- Saturday and Sunday are not, unless a row here says otherwise; working
-- hours and the same-day cut-off are configuration (Calendar.*).
-- Administrators keep it current with `dvcctl holiday add|remove`.

CREATE TABLE calendar_day (
  day DATE NOT NULL PRIMARY KEY,
  -- holiday: nobody works (a weekday holiday moves every deadline);
  -- workday: a Saturday or Sunday worked to make up for a day off
  kind ENUM('holiday', 'workday') NOT NULL,
  name VARCHAR(200) NOT NULL,
  -- 0: computed below from the Labour Code and waiting for the year's
  -- official notice; dvcctl holiday add sets 1
  confirmed TINYINT(1) NOT NULL DEFAULT 1,
  updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Public holidays of civil servants (Labour Code 2019, art. 112): 1/1;
-- Tết Nguyên đán, 5 days; Giỗ Tổ Hùng Vương, 10/3 of the lunar calendar;
-- 30/4; 1/5; Quốc khánh 2/9 and the day before or after it. A holiday on
-- a Saturday or Sunday gives a day off on the next working day (nghỉ
-- bù, art. 111.3). Which days around Tết and 2/9 are off, and any swap
-- of a working day for a Saturday, are set each year by the Prime
-- Minister and announced by the Ministry of Home Affairs: CHECK EVERY
-- YEAR'S NOTICE and correct the rows with confirmed = 0 (dvcctl holiday
-- list shows them). Weekends inside a break are listed as well, so the
-- list reads like the notice; they change no deadline.

-- 2025: as announced for civil servants (official).
INSERT INTO calendar_day (day, kind, name, confirmed) VALUES
  ('2025-01-01', 'holiday', 'Tết Dương lịch', 1),
  ('2025-01-25', 'holiday', 'Tết Nguyên đán', 1),
  ('2025-01-26', 'holiday', 'Tết Nguyên đán', 1),
  ('2025-01-27', 'holiday', 'Tết Nguyên đán', 1),
  ('2025-01-28', 'holiday', 'Tết Nguyên đán', 1),
  ('2025-01-29', 'holiday', 'Tết Nguyên đán', 1),
  ('2025-01-30', 'holiday', 'Tết Nguyên đán', 1),
  ('2025-01-31', 'holiday', 'Tết Nguyên đán', 1),
  ('2025-02-01', 'holiday', 'Tết Nguyên đán', 1),
  ('2025-02-02', 'holiday', 'Tết Nguyên đán', 1),
  ('2025-04-07', 'holiday', 'Giỗ Tổ Hùng Vương', 1),
  -- Friday 2/5 off in exchange for Saturday 26/4 worked (a swap the
  -- Prime Minister approved for 2025: 30/4 to 4/5 in one break)
  ('2025-04-26', 'workday', 'Làm bù cho ngày nghỉ 02/05/2025', 1),
  ('2025-04-30', 'holiday', 'Ngày Giải phóng miền Nam, thống nhất đất nước', 1),
  ('2025-05-01', 'holiday', 'Ngày Quốc tế Lao động', 1),
  ('2025-05-02', 'holiday', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)', 1),
  ('2025-09-01', 'holiday', 'Quốc khánh (ngày liền kề)', 1),
  ('2025-09-02', 'holiday', 'Quốc khánh', 1);

-- 2026. Fixed-date holidays and the nghỉ bù they cause follow from the
-- law (confirmed). Computed, to check against the 2026 notice: Tết
-- (mùng 1 is Tuesday 17/2/2026; 5 days taken as Monday 16/2 to Friday
-- 20/2, a break from 14/2 to 22/2) and the day next to 2/9 (taken as
-- Tuesday 1/9). A swap around 1/1 (Friday 2/1 for a Saturday) is
-- possible; add it when announced.
INSERT INTO calendar_day (day, kind, name, confirmed) VALUES
  ('2026-01-01', 'holiday', 'Tết Dương lịch', 1),
  ('2026-02-14', 'holiday', 'Tết Nguyên đán', 0),
  ('2026-02-15', 'holiday', 'Tết Nguyên đán', 0),
  ('2026-02-16', 'holiday', 'Tết Nguyên đán', 0),
  ('2026-02-17', 'holiday', 'Tết Nguyên đán', 0),
  ('2026-02-18', 'holiday', 'Tết Nguyên đán', 0),
  ('2026-02-19', 'holiday', 'Tết Nguyên đán', 0),
  ('2026-02-20', 'holiday', 'Tết Nguyên đán', 0),
  ('2026-02-21', 'holiday', 'Tết Nguyên đán', 0),
  ('2026-02-22', 'holiday', 'Tết Nguyên đán', 0),
  -- 10/3 lunar falls on a Sunday: nghỉ bù on Monday
  ('2026-04-26', 'holiday', 'Giỗ Tổ Hùng Vương', 1),
  ('2026-04-27', 'holiday', 'Nghỉ bù Giỗ Tổ Hùng Vương', 1),
  ('2026-04-30', 'holiday', 'Ngày Giải phóng miền Nam, thống nhất đất nước', 1),
  ('2026-05-01', 'holiday', 'Ngày Quốc tế Lao động', 1),
  ('2026-09-01', 'holiday', 'Quốc khánh (ngày liền kề)', 0),
  ('2026-09-02', 'holiday', 'Quốc khánh', 1);

-- 2027. Computed, to check against the 2027 notice: Tết (mùng 1 is
-- Saturday 6/2/2027; taken as in 2024, when Tết also fell on a Saturday:
-- Thursday 4/2 and Friday 5/2 before it, Saturday 6/2 to Monday 8/2,
-- and Tuesday 9/2 and Wednesday 10/2 as nghỉ bù for the weekend days)
-- and the day next to 2/9 (taken as Friday 3/9). 1/5 falls on a
-- Saturday: nghỉ bù on Monday 3/5 (law, confirmed).
INSERT INTO calendar_day (day, kind, name, confirmed) VALUES
  ('2027-01-01', 'holiday', 'Tết Dương lịch', 1),
  ('2027-02-04', 'holiday', 'Tết Nguyên đán', 0),
  ('2027-02-05', 'holiday', 'Tết Nguyên đán', 0),
  ('2027-02-06', 'holiday', 'Tết Nguyên đán', 0),
  ('2027-02-07', 'holiday', 'Tết Nguyên đán', 0),
  ('2027-02-08', 'holiday', 'Tết Nguyên đán', 0),
  ('2027-02-09', 'holiday', 'Tết Nguyên đán', 0),
  ('2027-02-10', 'holiday', 'Tết Nguyên đán', 0),
  ('2027-04-16', 'holiday', 'Giỗ Tổ Hùng Vương', 1),
  ('2027-04-30', 'holiday', 'Ngày Giải phóng miền Nam, thống nhất đất nước', 1),
  ('2027-05-01', 'holiday', 'Ngày Quốc tế Lao động', 1),
  ('2027-05-03', 'holiday', 'Nghỉ bù Ngày Quốc tế Lao động', 1),
  ('2027-09-02', 'holiday', 'Quốc khánh', 1),
  ('2027-09-03', 'holiday', 'Quốc khánh (ngày liền kề)', 0);

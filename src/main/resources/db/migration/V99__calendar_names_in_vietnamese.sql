-- The seeded calendar's names were half English ("Làm bù (swapped with Fri 2 Jan 2026)", "Quốc
-- khánh (National Day)") on the Vietnamese console's calendar page. Written in Vietnamese here;
-- only rows still as seeded change, so a name an administrator gave stays.
update calendar_day set name = 'Tết Dương lịch' where added_by = 'seed' and name = 'Tết Dương lịch (New Year''s Day)';
update calendar_day set name = 'Giỗ Tổ Hùng Vương, nghỉ bù (10/3 âm lịch rơi vào Chủ nhật 26/4/2026)' where added_by = 'seed' and name = 'Giỗ Tổ Hùng Vương, compensatory (10/3 âm lịch falls on Sun 26 Apr 2026)';
update calendar_day set name = 'Làm bù cho ngày nghỉ thứ Sáu 2/5/2025' where added_by = 'seed' and name = 'Làm bù (swapped with Fri 2 May 2025)';
update calendar_day set name = 'Làm bù cho ngày nghỉ thứ Sáu 2/1/2026' where added_by = 'seed' and name = 'Làm bù (swapped with Fri 2 Jan 2026)';
update calendar_day set name = 'Làm bù cho ngày nghỉ thứ Hai 31/8/2026' where added_by = 'seed' and name = 'Làm bù (swapped with Mon 31 Aug 2026)';
update calendar_day set name = 'Quốc khánh' where added_by = 'seed' and name = 'Quốc khánh (National Day)';
update calendar_day set name = 'Quốc khánh (ngày nghỉ liền kề)' where added_by = 'seed' and name = 'Quốc khánh (adjacent day off)';
update calendar_day set name = 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)' where added_by = 'seed' and name = 'Swapped day off (worked on Sat 26 Apr 2025)';
update calendar_day set name = 'Nghỉ hoán đổi (làm bù thứ Bảy 10/1/2026)' where added_by = 'seed' and name = 'Swapped day off (worked on Sat 10 Jan 2026)';
update calendar_day set name = 'Nghỉ hoán đổi (làm bù thứ Bảy 22/8/2026)' where added_by = 'seed' and name = 'Swapped day off (worked on Sat 22 Aug 2026)';

-- The office calendar as data an administrator keeps (issue 12): weekdays the offices close and
-- weekend days they work to make up for a swapped day off, year by year. Seeded with the days the
-- service shipped in desk/holidays-vn.txt, plus the three make-up Saturdays that file could not
-- express. Its sources (press reports of the Government Office letters to the Ministry of Home
-- Affairs / MOLISA): 2025: Công văn 8726/VPCP-KGVX (Nov 2024), as reported by Pháp luật Plus,
-- 4 Dec 2024. 2026 New Year: Công văn 12729/VPCP-KGVX, 25 Dec 2025. 2026 Tết and National Day:
-- Government Office letter of Oct 2025, as reported by Kiến thức, 13 Oct 2025. 2026 Hùng Kings:
-- Labour Code compensatory rule, as reported by Thanh Niên, 23 Feb 2026. Not included, not
-- verified: 24 November (Vietnamese Culture Day) as a paid day off.
create table calendar_day (
    calendar_date date        primary key,
    kind     varchar(20)  not null,
    name     varchar(200) not null,
    added_by varchar(100) not null,
    added_at timestamp with time zone not null
);

insert into calendar_day (calendar_date, kind, name, added_by, added_at) values (date '2025-01-01', 'DAY_OFF', 'Tết Dương lịch (New Year''s Day)', 'seed', timestamp with time zone '2026-12-07 00:00:00+00');
insert into calendar_day (calendar_date, kind, name, added_by, added_at) values (date '2025-01-27', 'DAY_OFF', 'Tết Nguyên đán (28 tháng Chạp)', 'seed', timestamp with time zone '2026-12-07 00:00:00+00');
insert into calendar_day (calendar_date, kind, name, added_by, added_at) values (date '2025-01-28', 'DAY_OFF', 'Tết Nguyên đán (29 tháng Chạp)', 'seed', timestamp with time zone '2026-12-07 00:00:00+00');
insert into calendar_day (calendar_date, kind, name, added_by, added_at) values (date '2025-01-29', 'DAY_OFF', 'Tết Nguyên đán (mùng 1)', 'seed', timestamp with time zone '2026-12-07 00:00:00+00');
insert into calendar_day (calendar_date, kind, name, added_by, added_at) values (date '2025-01-30', 'DAY_OFF', 'Tết Nguyên đán (mùng 2)', 'seed', timestamp with time zone '2026-12-07 00:00:00+00');
insert into calendar_day (calendar_date, kind, name, added_by, added_at) values (date '2025-01-31', 'DAY_OFF', 'Tết Nguyên đán (mùng 3)', 'seed', timestamp with time zone '2026-12-07 00:00:00+00');
insert into calendar_day (calendar_date, kind, name, added_by, added_at) values (date '2025-04-07', 'DAY_OFF', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'seed', timestamp with time zone '2026-12-07 00:00:00+00');
insert into calendar_day (calendar_date, kind, name, added_by, added_at) values (date '2025-04-26', 'WORKING_DAY', 'Làm bù (swapped with Fri 2 May 2025)', 'seed', timestamp with time zone '2026-12-07 00:00:00+00');
insert into calendar_day (calendar_date, kind, name, added_by, added_at) values (date '2025-04-30', 'DAY_OFF', 'Ngày Giải phóng miền Nam, thống nhất đất nước', 'seed', timestamp with time zone '2026-12-07 00:00:00+00');
insert into calendar_day (calendar_date, kind, name, added_by, added_at) values (date '2025-05-01', 'DAY_OFF', 'Ngày Quốc tế Lao động', 'seed', timestamp with time zone '2026-12-07 00:00:00+00');
insert into calendar_day (calendar_date, kind, name, added_by, added_at) values (date '2025-05-02', 'DAY_OFF', 'Swapped day off (worked on Sat 26 Apr 2025)', 'seed', timestamp with time zone '2026-12-07 00:00:00+00');
insert into calendar_day (calendar_date, kind, name, added_by, added_at) values (date '2025-09-01', 'DAY_OFF', 'Quốc khánh (adjacent day off)', 'seed', timestamp with time zone '2026-12-07 00:00:00+00');
insert into calendar_day (calendar_date, kind, name, added_by, added_at) values (date '2025-09-02', 'DAY_OFF', 'Quốc khánh (National Day)', 'seed', timestamp with time zone '2026-12-07 00:00:00+00');
insert into calendar_day (calendar_date, kind, name, added_by, added_at) values (date '2026-01-01', 'DAY_OFF', 'Tết Dương lịch (New Year''s Day)', 'seed', timestamp with time zone '2026-12-07 00:00:00+00');
insert into calendar_day (calendar_date, kind, name, added_by, added_at) values (date '2026-01-02', 'DAY_OFF', 'Swapped day off (worked on Sat 10 Jan 2026)', 'seed', timestamp with time zone '2026-12-07 00:00:00+00');
insert into calendar_day (calendar_date, kind, name, added_by, added_at) values (date '2026-01-10', 'WORKING_DAY', 'Làm bù (swapped with Fri 2 Jan 2026)', 'seed', timestamp with time zone '2026-12-07 00:00:00+00');
insert into calendar_day (calendar_date, kind, name, added_by, added_at) values (date '2026-02-16', 'DAY_OFF', 'Tết Nguyên đán (29 tháng Chạp)', 'seed', timestamp with time zone '2026-12-07 00:00:00+00');
insert into calendar_day (calendar_date, kind, name, added_by, added_at) values (date '2026-02-17', 'DAY_OFF', 'Tết Nguyên đán (mùng 1)', 'seed', timestamp with time zone '2026-12-07 00:00:00+00');
insert into calendar_day (calendar_date, kind, name, added_by, added_at) values (date '2026-02-18', 'DAY_OFF', 'Tết Nguyên đán (mùng 2)', 'seed', timestamp with time zone '2026-12-07 00:00:00+00');
insert into calendar_day (calendar_date, kind, name, added_by, added_at) values (date '2026-02-19', 'DAY_OFF', 'Tết Nguyên đán (mùng 3)', 'seed', timestamp with time zone '2026-12-07 00:00:00+00');
insert into calendar_day (calendar_date, kind, name, added_by, added_at) values (date '2026-02-20', 'DAY_OFF', 'Tết Nguyên đán (mùng 4)', 'seed', timestamp with time zone '2026-12-07 00:00:00+00');
insert into calendar_day (calendar_date, kind, name, added_by, added_at) values (date '2026-04-27', 'DAY_OFF', 'Giỗ Tổ Hùng Vương, compensatory (10/3 âm lịch falls on Sun 26 Apr 2026)', 'seed', timestamp with time zone '2026-12-07 00:00:00+00');
insert into calendar_day (calendar_date, kind, name, added_by, added_at) values (date '2026-04-30', 'DAY_OFF', 'Ngày Giải phóng miền Nam, thống nhất đất nước', 'seed', timestamp with time zone '2026-12-07 00:00:00+00');
insert into calendar_day (calendar_date, kind, name, added_by, added_at) values (date '2026-05-01', 'DAY_OFF', 'Ngày Quốc tế Lao động', 'seed', timestamp with time zone '2026-12-07 00:00:00+00');
insert into calendar_day (calendar_date, kind, name, added_by, added_at) values (date '2026-08-22', 'WORKING_DAY', 'Làm bù (swapped with Mon 31 Aug 2026)', 'seed', timestamp with time zone '2026-12-07 00:00:00+00');
insert into calendar_day (calendar_date, kind, name, added_by, added_at) values (date '2026-08-31', 'DAY_OFF', 'Swapped day off (worked on Sat 22 Aug 2026)', 'seed', timestamp with time zone '2026-12-07 00:00:00+00');
insert into calendar_day (calendar_date, kind, name, added_by, added_at) values (date '2026-09-01', 'DAY_OFF', 'Quốc khánh (adjacent day off)', 'seed', timestamp with time zone '2026-12-07 00:00:00+00');
insert into calendar_day (calendar_date, kind, name, added_by, added_at) values (date '2026-09-02', 'DAY_OFF', 'Quốc khánh (National Day)', 'seed', timestamp with time zone '2026-12-07 00:00:00+00');

"""Korean public holidays from 2000 to 2060, as holidays 0.109 gives them.

Written by tools/korean_holidays.py (do not edit): deadlines read this table instead of
importing the ``holidays`` package, whose import and first year cost 0.3 s; other years
still ask the package. tests/domain/test_korean_holidays.py checks it against the package.
"""

# ruff: noqa: E501 (a line is as long as the holiday's names)

SOURCE_VERSION = "0.109"
FIRST_YEAR, LAST_YEAR = 2000, 2060

# One holiday a line: day|Korean name|English name (two on one day share a line).
TABLE = """\
2000-01-01|신정연휴|New Year's Day
2000-02-04|설날 전날|The day preceding Korean New Year
2000-02-05|설날|Korean New Year
2000-02-06|설날 다음날|The second day of Korean New Year
2000-03-01|삼일절|Independence Movement Day
2000-04-05|식목일|Tree Planting Day
2000-04-13|국회의원 선거일|National Assembly Election Day
2000-05-05|어린이날|Children's Day
2000-05-11|석가탄신일|Buddha's Birthday
2000-06-06|현충일|Memorial Day
2000-07-17|제헌절|Constitution Day
2000-08-15|광복절|Liberation Day
2000-09-11|추석 전날|The day preceding Chuseok
2000-09-12|추석|Chuseok
2000-09-13|추석 다음날|The second day of Chuseok
2000-10-03|개천절|National Foundation Day
2000-12-25|기독탄신일|Christmas Day
2001-01-01|신정연휴|New Year's Day
2001-01-23|설날 전날|The day preceding Korean New Year
2001-01-24|설날|Korean New Year
2001-01-25|설날 다음날|The second day of Korean New Year
2001-03-01|삼일절|Independence Movement Day
2001-04-05|식목일|Tree Planting Day
2001-05-01|석가탄신일|Buddha's Birthday
2001-05-05|어린이날|Children's Day
2001-06-06|현충일|Memorial Day
2001-07-17|제헌절|Constitution Day
2001-08-15|광복절|Liberation Day
2001-09-30|추석 전날|The day preceding Chuseok
2001-10-01|추석|Chuseok
2001-10-02|추석 다음날|The second day of Chuseok
2001-10-03|개천절|National Foundation Day
2001-12-25|기독탄신일|Christmas Day
2002-01-01|신정연휴|New Year's Day
2002-02-11|설날 전날|The day preceding Korean New Year
2002-02-12|설날|Korean New Year
2002-02-13|설날 다음날|The second day of Korean New Year
2002-03-01|삼일절|Independence Movement Day
2002-04-05|식목일|Tree Planting Day
2002-05-05|어린이날|Children's Day
2002-05-19|석가탄신일|Buddha's Birthday
2002-06-06|현충일|Memorial Day
2002-06-13|지방선거일|Local Election Day
2002-07-01|2002년 한일 월드컵 대표팀 4강 진출|2002 FIFA World Cup National Team Semi-Finals Celebrations
2002-07-17|제헌절|Constitution Day
2002-08-15|광복절|Liberation Day
2002-09-20|추석 전날|The day preceding Chuseok
2002-09-21|추석|Chuseok
2002-09-22|추석 다음날|The second day of Chuseok
2002-10-03|개천절|National Foundation Day
2002-12-19|대통령 선거일|Presidential Election Day
2002-12-25|기독탄신일|Christmas Day
2003-01-01|신정연휴|New Year's Day
2003-01-31|설날 전날|The day preceding Korean New Year
2003-02-01|설날|Korean New Year
2003-02-02|설날 다음날|The second day of Korean New Year
2003-03-01|삼일절|Independence Movement Day
2003-04-05|식목일|Tree Planting Day
2003-05-05|어린이날|Children's Day
2003-05-08|석가탄신일|Buddha's Birthday
2003-06-06|현충일|Memorial Day
2003-07-17|제헌절|Constitution Day
2003-08-15|광복절|Liberation Day
2003-09-10|추석 전날|The day preceding Chuseok
2003-09-11|추석|Chuseok
2003-09-12|추석 다음날|The second day of Chuseok
2003-10-03|개천절|National Foundation Day
2003-12-25|기독탄신일|Christmas Day
2004-01-01|신정연휴|New Year's Day
2004-01-21|설날 전날|The day preceding Korean New Year
2004-01-22|설날|Korean New Year
2004-01-23|설날 다음날|The second day of Korean New Year
2004-03-01|삼일절|Independence Movement Day
2004-04-05|식목일|Tree Planting Day
2004-04-15|국회의원 선거일|National Assembly Election Day
2004-05-05|어린이날|Children's Day
2004-05-26|석가탄신일|Buddha's Birthday
2004-06-06|현충일|Memorial Day
2004-07-17|제헌절|Constitution Day
2004-08-15|광복절|Liberation Day
2004-09-27|추석 전날|The day preceding Chuseok
2004-09-28|추석|Chuseok
2004-09-29|추석 다음날|The second day of Chuseok
2004-10-03|개천절|National Foundation Day
2004-12-25|기독탄신일|Christmas Day
2005-01-01|신정연휴|New Year's Day
2005-02-08|설날 전날|The day preceding Korean New Year
2005-02-09|설날|Korean New Year
2005-02-10|설날 다음날|The second day of Korean New Year
2005-03-01|삼일절|Independence Movement Day
2005-04-05|식목일|Tree Planting Day
2005-05-05|어린이날|Children's Day
2005-05-15|석가탄신일|Buddha's Birthday
2005-06-06|현충일|Memorial Day
2005-07-17|제헌절|Constitution Day
2005-08-15|광복절|Liberation Day
2005-09-17|추석 전날|The day preceding Chuseok
2005-09-18|추석|Chuseok
2005-09-19|추석 다음날|The second day of Chuseok
2005-10-03|개천절|National Foundation Day
2005-12-25|기독탄신일|Christmas Day
2006-01-01|신정연휴|New Year's Day
2006-01-28|설날 전날|The day preceding Korean New Year
2006-01-29|설날|Korean New Year
2006-01-30|설날 다음날|The second day of Korean New Year
2006-03-01|삼일절|Independence Movement Day
2006-05-05|석가탄신일; 어린이날|Buddha's Birthday; Children's Day
2006-05-31|지방선거일|Local Election Day
2006-06-06|현충일|Memorial Day
2006-07-17|제헌절|Constitution Day
2006-08-15|광복절|Liberation Day
2006-10-03|개천절|National Foundation Day
2006-10-05|추석 전날|The day preceding Chuseok
2006-10-06|추석|Chuseok
2006-10-07|추석 다음날|The second day of Chuseok
2006-12-25|기독탄신일|Christmas Day
2007-01-01|신정연휴|New Year's Day
2007-02-17|설날 전날|The day preceding Korean New Year
2007-02-18|설날|Korean New Year
2007-02-19|설날 다음날|The second day of Korean New Year
2007-03-01|삼일절|Independence Movement Day
2007-05-05|어린이날|Children's Day
2007-05-24|석가탄신일|Buddha's Birthday
2007-06-06|현충일|Memorial Day
2007-07-17|제헌절|Constitution Day
2007-08-15|광복절|Liberation Day
2007-09-24|추석 전날|The day preceding Chuseok
2007-09-25|추석|Chuseok
2007-09-26|추석 다음날|The second day of Chuseok
2007-10-03|개천절|National Foundation Day
2007-12-19|대통령 선거일|Presidential Election Day
2007-12-25|기독탄신일|Christmas Day
2008-01-01|신정연휴|New Year's Day
2008-02-06|설날 전날|The day preceding Korean New Year
2008-02-07|설날|Korean New Year
2008-02-08|설날 다음날|The second day of Korean New Year
2008-03-01|삼일절|Independence Movement Day
2008-04-09|국회의원 선거일|National Assembly Election Day
2008-05-05|어린이날|Children's Day
2008-05-12|석가탄신일|Buddha's Birthday
2008-06-06|현충일|Memorial Day
2008-08-15|광복절|Liberation Day
2008-09-13|추석 전날|The day preceding Chuseok
2008-09-14|추석|Chuseok
2008-09-15|추석 다음날|The second day of Chuseok
2008-10-03|개천절|National Foundation Day
2008-12-25|기독탄신일|Christmas Day
2009-01-01|신정연휴|New Year's Day
2009-01-25|설날 전날|The day preceding Korean New Year
2009-01-26|설날|Korean New Year
2009-01-27|설날 다음날|The second day of Korean New Year
2009-03-01|삼일절|Independence Movement Day
2009-05-02|석가탄신일|Buddha's Birthday
2009-05-05|어린이날|Children's Day
2009-06-06|현충일|Memorial Day
2009-08-15|광복절|Liberation Day
2009-10-02|추석 전날|The day preceding Chuseok
2009-10-03|개천절; 추석|Chuseok; National Foundation Day
2009-10-04|추석 다음날|The second day of Chuseok
2009-12-25|기독탄신일|Christmas Day
2010-01-01|신정연휴|New Year's Day
2010-02-13|설날 전날|The day preceding Korean New Year
2010-02-14|설날|Korean New Year
2010-02-15|설날 다음날|The second day of Korean New Year
2010-03-01|삼일절|Independence Movement Day
2010-05-05|어린이날|Children's Day
2010-05-21|석가탄신일|Buddha's Birthday
2010-06-02|지방선거일|Local Election Day
2010-06-06|현충일|Memorial Day
2010-08-15|광복절|Liberation Day
2010-09-21|추석 전날|The day preceding Chuseok
2010-09-22|추석|Chuseok
2010-09-23|추석 다음날|The second day of Chuseok
2010-10-03|개천절|National Foundation Day
2010-12-25|기독탄신일|Christmas Day
2011-01-01|신정연휴|New Year's Day
2011-02-02|설날 전날|The day preceding Korean New Year
2011-02-03|설날|Korean New Year
2011-02-04|설날 다음날|The second day of Korean New Year
2011-03-01|삼일절|Independence Movement Day
2011-05-05|어린이날|Children's Day
2011-05-10|석가탄신일|Buddha's Birthday
2011-06-06|현충일|Memorial Day
2011-08-15|광복절|Liberation Day
2011-09-11|추석 전날|The day preceding Chuseok
2011-09-12|추석|Chuseok
2011-09-13|추석 다음날|The second day of Chuseok
2011-10-03|개천절|National Foundation Day
2011-12-25|기독탄신일|Christmas Day
2012-01-01|신정연휴|New Year's Day
2012-01-22|설날 전날|The day preceding Korean New Year
2012-01-23|설날|Korean New Year
2012-01-24|설날 다음날|The second day of Korean New Year
2012-03-01|삼일절|Independence Movement Day
2012-04-11|국회의원 선거일|National Assembly Election Day
2012-05-05|어린이날|Children's Day
2012-05-28|석가탄신일|Buddha's Birthday
2012-06-06|현충일|Memorial Day
2012-08-15|광복절|Liberation Day
2012-09-29|추석 전날|The day preceding Chuseok
2012-09-30|추석|Chuseok
2012-10-01|추석 다음날|The second day of Chuseok
2012-10-03|개천절|National Foundation Day
2012-12-19|대통령 선거일|Presidential Election Day
2012-12-25|기독탄신일|Christmas Day
2013-01-01|신정연휴|New Year's Day
2013-02-09|설날 전날|The day preceding Korean New Year
2013-02-10|설날|Korean New Year
2013-02-11|설날 다음날|The second day of Korean New Year
2013-03-01|삼일절|Independence Movement Day
2013-05-05|어린이날|Children's Day
2013-05-17|석가탄신일|Buddha's Birthday
2013-06-06|현충일|Memorial Day
2013-08-15|광복절|Liberation Day
2013-09-18|추석 전날|The day preceding Chuseok
2013-09-19|추석|Chuseok
2013-09-20|추석 다음날|The second day of Chuseok
2013-10-03|개천절|National Foundation Day
2013-10-09|한글날|Hangul Day
2013-12-25|기독탄신일|Christmas Day
2014-01-01|신정연휴|New Year's Day
2014-01-30|설날 전날|The day preceding Korean New Year
2014-01-31|설날|Korean New Year
2014-02-01|설날 다음날|The second day of Korean New Year
2014-03-01|삼일절|Independence Movement Day
2014-05-05|어린이날|Children's Day
2014-05-06|석가탄신일|Buddha's Birthday
2014-06-04|지방선거일|Local Election Day
2014-06-06|현충일|Memorial Day
2014-08-15|광복절|Liberation Day
2014-09-07|추석 전날|The day preceding Chuseok
2014-09-08|추석|Chuseok
2014-09-09|추석 다음날|The second day of Chuseok
2014-09-10|추석 대체 휴일|Alternative holiday for Chuseok
2014-10-03|개천절|National Foundation Day
2014-10-09|한글날|Hangul Day
2014-12-25|기독탄신일|Christmas Day
2015-01-01|신정연휴|New Year's Day
2015-02-18|설날 전날|The day preceding Korean New Year
2015-02-19|설날|Korean New Year
2015-02-20|설날 다음날|The second day of Korean New Year
2015-03-01|삼일절|Independence Movement Day
2015-05-05|어린이날|Children's Day
2015-05-25|석가탄신일|Buddha's Birthday
2015-06-06|현충일|Memorial Day
2015-08-14|임시공휴일|Temporary Public Holiday
2015-08-15|광복절|Liberation Day
2015-09-26|추석 전날|The day preceding Chuseok
2015-09-27|추석|Chuseok
2015-09-28|추석 다음날|The second day of Chuseok
2015-09-29|추석 대체 휴일|Alternative holiday for Chuseok
2015-10-03|개천절|National Foundation Day
2015-10-09|한글날|Hangul Day
2015-12-25|기독탄신일|Christmas Day
2016-01-01|신정연휴|New Year's Day
2016-02-07|설날 전날|The day preceding Korean New Year
2016-02-08|설날|Korean New Year
2016-02-09|설날 다음날|The second day of Korean New Year
2016-02-10|설날 대체 휴일|Alternative holiday for Korean New Year
2016-03-01|삼일절|Independence Movement Day
2016-04-13|국회의원 선거일|National Assembly Election Day
2016-05-05|어린이날|Children's Day
2016-05-06|임시공휴일|Temporary Public Holiday
2016-05-14|석가탄신일|Buddha's Birthday
2016-06-06|현충일|Memorial Day
2016-08-15|광복절|Liberation Day
2016-09-14|추석 전날|The day preceding Chuseok
2016-09-15|추석|Chuseok
2016-09-16|추석 다음날|The second day of Chuseok
2016-10-03|개천절|National Foundation Day
2016-10-09|한글날|Hangul Day
2016-12-25|기독탄신일|Christmas Day
2017-01-01|신정연휴|New Year's Day
2017-01-27|설날 전날|The day preceding Korean New Year
2017-01-28|설날|Korean New Year
2017-01-29|설날 다음날|The second day of Korean New Year
2017-01-30|설날 대체 휴일|Alternative holiday for Korean New Year
2017-03-01|삼일절|Independence Movement Day
2017-05-03|부처님오신날|Buddha's Birthday
2017-05-05|어린이날|Children's Day
2017-05-09|대통령 선거일|Presidential Election Day
2017-06-06|현충일|Memorial Day
2017-08-15|광복절|Liberation Day
2017-10-02|임시공휴일|Temporary Public Holiday
2017-10-03|개천절; 추석 전날|National Foundation Day; The day preceding Chuseok
2017-10-04|추석|Chuseok
2017-10-05|추석 다음날|The second day of Chuseok
2017-10-06|추석 대체 휴일|Alternative holiday for Chuseok
2017-10-09|한글날|Hangul Day
2017-12-25|기독탄신일|Christmas Day
2018-01-01|신정연휴|New Year's Day
2018-02-15|설날 전날|The day preceding Korean New Year
2018-02-16|설날|Korean New Year
2018-02-17|설날 다음날|The second day of Korean New Year
2018-03-01|삼일절|Independence Movement Day
2018-05-05|어린이날|Children's Day
2018-05-07|어린이날 대체 휴일|Alternative holiday for Children's Day
2018-05-22|부처님오신날|Buddha's Birthday
2018-06-06|현충일|Memorial Day
2018-06-13|지방선거일|Local Election Day
2018-08-15|광복절|Liberation Day
2018-09-23|추석 전날|The day preceding Chuseok
2018-09-24|추석|Chuseok
2018-09-25|추석 다음날|The second day of Chuseok
2018-09-26|추석 대체 휴일|Alternative holiday for Chuseok
2018-10-03|개천절|National Foundation Day
2018-10-09|한글날|Hangul Day
2018-12-25|기독탄신일|Christmas Day
2019-01-01|신정연휴|New Year's Day
2019-02-04|설날 전날|The day preceding Korean New Year
2019-02-05|설날|Korean New Year
2019-02-06|설날 다음날|The second day of Korean New Year
2019-03-01|삼일절|Independence Movement Day
2019-05-05|어린이날|Children's Day
2019-05-06|어린이날 대체 휴일|Alternative holiday for Children's Day
2019-05-12|부처님오신날|Buddha's Birthday
2019-06-06|현충일|Memorial Day
2019-08-15|광복절|Liberation Day
2019-09-12|추석 전날|The day preceding Chuseok
2019-09-13|추석|Chuseok
2019-09-14|추석 다음날|The second day of Chuseok
2019-10-03|개천절|National Foundation Day
2019-10-09|한글날|Hangul Day
2019-12-25|기독탄신일|Christmas Day
2020-01-01|신정연휴|New Year's Day
2020-01-24|설날 전날|The day preceding Korean New Year
2020-01-25|설날|Korean New Year
2020-01-26|설날 다음날|The second day of Korean New Year
2020-01-27|설날 대체 휴일|Alternative holiday for Korean New Year
2020-03-01|삼일절|Independence Movement Day
2020-04-15|국회의원 선거일|National Assembly Election Day
2020-04-30|부처님오신날|Buddha's Birthday
2020-05-05|어린이날|Children's Day
2020-06-06|현충일|Memorial Day
2020-08-15|광복절|Liberation Day
2020-08-17|임시공휴일|Temporary Public Holiday
2020-09-30|추석 전날|The day preceding Chuseok
2020-10-01|추석|Chuseok
2020-10-02|추석 다음날|The second day of Chuseok
2020-10-03|개천절|National Foundation Day
2020-10-09|한글날|Hangul Day
2020-12-25|기독탄신일|Christmas Day
2021-01-01|신정연휴|New Year's Day
2021-02-11|설날 전날|The day preceding Korean New Year
2021-02-12|설날|Korean New Year
2021-02-13|설날 다음날|The second day of Korean New Year
2021-03-01|삼일절|Independence Movement Day
2021-05-05|어린이날|Children's Day
2021-05-19|부처님오신날|Buddha's Birthday
2021-06-06|현충일|Memorial Day
2021-08-15|광복절|Liberation Day
2021-08-16|광복절 대체 휴일|Alternative holiday for Liberation Day
2021-09-20|추석 전날|The day preceding Chuseok
2021-09-21|추석|Chuseok
2021-09-22|추석 다음날|The second day of Chuseok
2021-10-03|개천절|National Foundation Day
2021-10-04|개천절 대체 휴일|Alternative holiday for National Foundation Day
2021-10-09|한글날|Hangul Day
2021-10-11|한글날 대체 휴일|Alternative holiday for Hangul Day
2021-12-25|기독탄신일|Christmas Day
2022-01-01|신정연휴|New Year's Day
2022-01-31|설날 전날|The day preceding Korean New Year
2022-02-01|설날|Korean New Year
2022-02-02|설날 다음날|The second day of Korean New Year
2022-03-01|삼일절|Independence Movement Day
2022-03-09|대통령 선거일|Presidential Election Day
2022-05-05|어린이날|Children's Day
2022-05-08|부처님오신날|Buddha's Birthday
2022-06-01|지방선거일|Local Election Day
2022-06-06|현충일|Memorial Day
2022-08-15|광복절|Liberation Day
2022-09-09|추석 전날|The day preceding Chuseok
2022-09-10|추석|Chuseok
2022-09-11|추석 다음날|The second day of Chuseok
2022-09-12|추석 대체 휴일|Alternative holiday for Chuseok
2022-10-03|개천절|National Foundation Day
2022-10-09|한글날|Hangul Day
2022-10-10|한글날 대체 휴일|Alternative holiday for Hangul Day
2022-12-25|기독탄신일|Christmas Day
2023-01-01|신정연휴|New Year's Day
2023-01-21|설날 전날|The day preceding Korean New Year
2023-01-22|설날|Korean New Year
2023-01-23|설날 다음날|The second day of Korean New Year
2023-01-24|설날 대체 휴일|Alternative holiday for Korean New Year
2023-03-01|삼일절|Independence Movement Day
2023-05-05|어린이날|Children's Day
2023-05-27|부처님오신날|Buddha's Birthday
2023-05-29|부처님오신날 대체 휴일|Alternative holiday for Buddha's Birthday
2023-06-06|현충일|Memorial Day
2023-08-15|광복절|Liberation Day
2023-09-28|추석 전날|The day preceding Chuseok
2023-09-29|추석|Chuseok
2023-09-30|추석 다음날|The second day of Chuseok
2023-10-02|임시공휴일|Temporary Public Holiday
2023-10-03|개천절|National Foundation Day
2023-10-09|한글날|Hangul Day
2023-12-25|기독탄신일|Christmas Day
2024-01-01|신정연휴|New Year's Day
2024-02-09|설날 전날|The day preceding Korean New Year
2024-02-10|설날|Korean New Year
2024-02-11|설날 다음날|The second day of Korean New Year
2024-02-12|설날 대체 휴일|Alternative holiday for Korean New Year
2024-03-01|삼일절|Independence Movement Day
2024-04-10|국회의원 선거일|National Assembly Election Day
2024-05-05|어린이날|Children's Day
2024-05-06|어린이날 대체 휴일|Alternative holiday for Children's Day
2024-05-15|부처님오신날|Buddha's Birthday
2024-06-06|현충일|Memorial Day
2024-08-15|광복절|Liberation Day
2024-09-16|추석 전날|The day preceding Chuseok
2024-09-17|추석|Chuseok
2024-09-18|추석 다음날|The second day of Chuseok
2024-10-01|국군의 날|Armed Forces Day
2024-10-03|개천절|National Foundation Day
2024-10-09|한글날|Hangul Day
2024-12-25|기독탄신일|Christmas Day
2025-01-01|신정연휴|New Year's Day
2025-01-27|임시공휴일|Temporary Public Holiday
2025-01-28|설날 전날|The day preceding Korean New Year
2025-01-29|설날|Korean New Year
2025-01-30|설날 다음날|The second day of Korean New Year
2025-03-01|삼일절|Independence Movement Day
2025-03-03|삼일절 대체 휴일|Alternative holiday for Independence Movement Day
2025-05-05|부처님오신날; 어린이날|Buddha's Birthday; Children's Day
2025-05-06|부처님오신날 대체 휴일; 어린이날 대체 휴일|Alternative holiday for Buddha's Birthday; Alternative holiday for Children's Day
2025-06-03|대통령 선거일|Presidential Election Day
2025-06-06|현충일|Memorial Day
2025-08-15|광복절|Liberation Day
2025-10-03|개천절|National Foundation Day
2025-10-05|추석 전날|The day preceding Chuseok
2025-10-06|추석|Chuseok
2025-10-07|추석 다음날|The second day of Chuseok
2025-10-08|추석 대체 휴일|Alternative holiday for Chuseok
2025-10-09|한글날|Hangul Day
2025-12-25|기독탄신일|Christmas Day
2026-01-01|신정연휴|New Year's Day
2026-02-16|설날 전날|The day preceding Korean New Year
2026-02-17|설날|Korean New Year
2026-02-18|설날 다음날|The second day of Korean New Year
2026-03-01|삼일절|Independence Movement Day
2026-03-02|삼일절 대체 휴일|Alternative holiday for Independence Movement Day
2026-05-01|노동절|Labor Day
2026-05-05|어린이날|Children's Day
2026-05-24|부처님오신날|Buddha's Birthday
2026-05-25|부처님오신날 대체 휴일|Alternative holiday for Buddha's Birthday
2026-06-03|지방선거일|Local Election Day
2026-06-06|현충일|Memorial Day
2026-07-17|제헌절|Constitution Day
2026-08-15|광복절|Liberation Day
2026-08-17|광복절 대체 휴일|Alternative holiday for Liberation Day
2026-09-24|추석 전날|The day preceding Chuseok
2026-09-25|추석|Chuseok
2026-09-26|추석 다음날|The second day of Chuseok
2026-10-03|개천절|National Foundation Day
2026-10-05|개천절 대체 휴일|Alternative holiday for National Foundation Day
2026-10-09|한글날|Hangul Day
2026-12-25|기독탄신일|Christmas Day
2027-01-01|신정연휴|New Year's Day
2027-02-06|설날 전날|The day preceding Korean New Year
2027-02-07|설날|Korean New Year
2027-02-08|설날 다음날|The second day of Korean New Year
2027-02-09|설날 대체 휴일|Alternative holiday for Korean New Year
2027-03-01|삼일절|Independence Movement Day
2027-05-01|노동절|Labor Day
2027-05-03|노동절 대체 휴일|Alternative holiday for Labor Day
2027-05-05|어린이날|Children's Day
2027-05-13|부처님오신날|Buddha's Birthday
2027-06-06|현충일|Memorial Day
2027-07-17|제헌절|Constitution Day
2027-07-19|제헌절 대체 휴일|Alternative holiday for Constitution Day
2027-08-15|광복절|Liberation Day
2027-08-16|광복절 대체 휴일|Alternative holiday for Liberation Day
2027-09-14|추석 전날|The day preceding Chuseok
2027-09-15|추석|Chuseok
2027-09-16|추석 다음날|The second day of Chuseok
2027-10-03|개천절|National Foundation Day
2027-10-04|개천절 대체 휴일|Alternative holiday for National Foundation Day
2027-10-09|한글날|Hangul Day
2027-10-11|한글날 대체 휴일|Alternative holiday for Hangul Day
2027-12-25|기독탄신일|Christmas Day
2027-12-27|기독탄신일 대체 휴일|Alternative holiday for Christmas Day
2028-01-01|신정연휴|New Year's Day
2028-01-26|설날 전날|The day preceding Korean New Year
2028-01-27|설날|Korean New Year
2028-01-28|설날 다음날|The second day of Korean New Year
2028-03-01|삼일절|Independence Movement Day
2028-04-12|국회의원 선거일|National Assembly Election Day
2028-05-01|노동절|Labor Day
2028-05-02|부처님오신날|Buddha's Birthday
2028-05-05|어린이날|Children's Day
2028-06-06|현충일|Memorial Day
2028-07-17|제헌절|Constitution Day
2028-08-15|광복절|Liberation Day
2028-10-02|추석 전날|The day preceding Chuseok
2028-10-03|개천절; 추석|Chuseok; National Foundation Day
2028-10-04|추석 다음날|The second day of Chuseok
2028-10-05|추석 대체 휴일|Alternative holiday for Chuseok
2028-10-09|한글날|Hangul Day
2028-12-25|기독탄신일|Christmas Day
2029-01-01|신정연휴|New Year's Day
2029-02-12|설날 전날|The day preceding Korean New Year
2029-02-13|설날|Korean New Year
2029-02-14|설날 다음날|The second day of Korean New Year
2029-03-01|삼일절|Independence Movement Day
2029-05-01|노동절|Labor Day
2029-05-05|어린이날|Children's Day
2029-05-07|어린이날 대체 휴일|Alternative holiday for Children's Day
2029-05-20|부처님오신날|Buddha's Birthday
2029-05-21|부처님오신날 대체 휴일|Alternative holiday for Buddha's Birthday
2029-06-06|현충일|Memorial Day
2029-07-17|제헌절|Constitution Day
2029-08-15|광복절|Liberation Day
2029-09-21|추석 전날|The day preceding Chuseok
2029-09-22|추석|Chuseok
2029-09-23|추석 다음날|The second day of Chuseok
2029-09-24|추석 대체 휴일|Alternative holiday for Chuseok
2029-10-03|개천절|National Foundation Day
2029-10-09|한글날|Hangul Day
2029-12-25|기독탄신일|Christmas Day
2030-01-01|신정연휴|New Year's Day
2030-02-02|설날 전날|The day preceding Korean New Year
2030-02-03|설날|Korean New Year
2030-02-04|설날 다음날|The second day of Korean New Year
2030-02-05|설날 대체 휴일|Alternative holiday for Korean New Year
2030-03-01|삼일절|Independence Movement Day
2030-03-27|대통령 선거일|Presidential Election Day
2030-05-01|노동절|Labor Day
2030-05-05|어린이날|Children's Day
2030-05-06|어린이날 대체 휴일|Alternative holiday for Children's Day
2030-05-09|부처님오신날|Buddha's Birthday
2030-06-06|현충일|Memorial Day
2030-06-12|지방선거일|Local Election Day
2030-07-17|제헌절|Constitution Day
2030-08-15|광복절|Liberation Day
2030-09-11|추석 전날|The day preceding Chuseok
2030-09-12|추석|Chuseok
2030-09-13|추석 다음날|The second day of Chuseok
2030-10-03|개천절|National Foundation Day
2030-10-09|한글날|Hangul Day
2030-12-25|기독탄신일|Christmas Day
2031-01-01|신정연휴|New Year's Day
2031-01-22|설날 전날|The day preceding Korean New Year
2031-01-23|설날|Korean New Year
2031-01-24|설날 다음날|The second day of Korean New Year
2031-03-01|삼일절|Independence Movement Day
2031-03-03|삼일절 대체 휴일|Alternative holiday for Independence Movement Day
2031-05-01|노동절|Labor Day
2031-05-05|어린이날|Children's Day
2031-05-28|부처님오신날|Buddha's Birthday
2031-06-06|현충일|Memorial Day
2031-07-17|제헌절|Constitution Day
2031-08-15|광복절|Liberation Day
2031-09-30|추석 전날|The day preceding Chuseok
2031-10-01|추석|Chuseok
2031-10-02|추석 다음날|The second day of Chuseok
2031-10-03|개천절|National Foundation Day
2031-10-09|한글날|Hangul Day
2031-12-25|기독탄신일|Christmas Day
2032-01-01|신정연휴|New Year's Day
2032-02-10|설날 전날|The day preceding Korean New Year
2032-02-11|설날|Korean New Year
2032-02-12|설날 다음날|The second day of Korean New Year
2032-03-01|삼일절|Independence Movement Day
2032-04-14|국회의원 선거일|National Assembly Election Day
2032-05-01|노동절|Labor Day
2032-05-03|노동절 대체 휴일|Alternative holiday for Labor Day
2032-05-05|어린이날|Children's Day
2032-05-16|부처님오신날|Buddha's Birthday
2032-05-17|부처님오신날 대체 휴일|Alternative holiday for Buddha's Birthday
2032-06-06|현충일|Memorial Day
2032-07-17|제헌절|Constitution Day
2032-07-19|제헌절 대체 휴일|Alternative holiday for Constitution Day
2032-08-15|광복절|Liberation Day
2032-08-16|광복절 대체 휴일|Alternative holiday for Liberation Day
2032-09-18|추석 전날|The day preceding Chuseok
2032-09-19|추석|Chuseok
2032-09-20|추석 다음날|The second day of Chuseok
2032-09-21|추석 대체 휴일|Alternative holiday for Chuseok
2032-10-03|개천절|National Foundation Day
2032-10-04|개천절 대체 휴일|Alternative holiday for National Foundation Day
2032-10-09|한글날|Hangul Day
2032-10-11|한글날 대체 휴일|Alternative holiday for Hangul Day
2032-12-25|기독탄신일|Christmas Day
2032-12-27|기독탄신일 대체 휴일|Alternative holiday for Christmas Day
2033-01-01|신정연휴|New Year's Day
2033-01-30|설날 전날|The day preceding Korean New Year
2033-01-31|설날|Korean New Year
2033-02-01|설날 다음날|The second day of Korean New Year
2033-02-02|설날 대체 휴일|Alternative holiday for Korean New Year
2033-03-01|삼일절|Independence Movement Day
2033-05-01|노동절|Labor Day
2033-05-02|노동절 대체 휴일|Alternative holiday for Labor Day
2033-05-05|어린이날|Children's Day
2033-05-06|부처님오신날|Buddha's Birthday
2033-06-06|현충일|Memorial Day
2033-07-17|제헌절|Constitution Day
2033-07-18|제헌절 대체 휴일|Alternative holiday for Constitution Day
2033-08-15|광복절|Liberation Day
2033-09-07|추석 전날|The day preceding Chuseok
2033-09-08|추석|Chuseok
2033-09-09|추석 다음날|The second day of Chuseok
2033-10-03|개천절|National Foundation Day
2033-10-09|한글날|Hangul Day
2033-10-10|한글날 대체 휴일|Alternative holiday for Hangul Day
2033-12-25|기독탄신일|Christmas Day
2033-12-26|기독탄신일 대체 휴일|Alternative holiday for Christmas Day
2034-01-01|신정연휴|New Year's Day
2034-02-18|설날 전날|The day preceding Korean New Year
2034-02-19|설날|Korean New Year
2034-02-20|설날 다음날|The second day of Korean New Year
2034-02-21|설날 대체 휴일|Alternative holiday for Korean New Year
2034-03-01|삼일절|Independence Movement Day
2034-05-01|노동절|Labor Day
2034-05-05|어린이날|Children's Day
2034-05-25|부처님오신날|Buddha's Birthday
2034-05-31|지방선거일|Local Election Day
2034-06-06|현충일|Memorial Day
2034-07-17|제헌절|Constitution Day
2034-08-15|광복절|Liberation Day
2034-09-26|추석 전날|The day preceding Chuseok
2034-09-27|추석|Chuseok
2034-09-28|추석 다음날|The second day of Chuseok
2034-10-03|개천절|National Foundation Day
2034-10-09|한글날|Hangul Day
2034-12-25|기독탄신일|Christmas Day
2035-01-01|신정연휴|New Year's Day
2035-02-07|설날 전날|The day preceding Korean New Year
2035-02-08|설날|Korean New Year
2035-02-09|설날 다음날|The second day of Korean New Year
2035-03-01|삼일절|Independence Movement Day
2035-03-28|대통령 선거일|Presidential Election Day
2035-05-01|노동절|Labor Day
2035-05-05|어린이날|Children's Day
2035-05-07|어린이날 대체 휴일|Alternative holiday for Children's Day
2035-05-15|부처님오신날|Buddha's Birthday
2035-06-06|현충일|Memorial Day
2035-07-17|제헌절|Constitution Day
2035-08-15|광복절|Liberation Day
2035-09-15|추석 전날|The day preceding Chuseok
2035-09-16|추석|Chuseok
2035-09-17|추석 다음날|The second day of Chuseok
2035-09-18|추석 대체 휴일|Alternative holiday for Chuseok
2035-10-03|개천절|National Foundation Day
2035-10-09|한글날|Hangul Day
2035-12-25|기독탄신일|Christmas Day
2036-01-01|신정연휴|New Year's Day
2036-01-27|설날 전날|The day preceding Korean New Year
2036-01-28|설날|Korean New Year
2036-01-29|설날 다음날|The second day of Korean New Year
2036-01-30|설날 대체 휴일|Alternative holiday for Korean New Year
2036-03-01|삼일절|Independence Movement Day
2036-03-03|삼일절 대체 휴일|Alternative holiday for Independence Movement Day
2036-04-09|국회의원 선거일|National Assembly Election Day
2036-05-01|노동절|Labor Day
2036-05-03|부처님오신날|Buddha's Birthday
2036-05-05|어린이날|Children's Day
2036-05-06|부처님오신날 대체 휴일|Alternative holiday for Buddha's Birthday
2036-06-06|현충일|Memorial Day
2036-07-17|제헌절|Constitution Day
2036-08-15|광복절|Liberation Day
2036-10-03|개천절; 추석 전날|National Foundation Day; The day preceding Chuseok
2036-10-04|추석|Chuseok
2036-10-05|추석 다음날|The second day of Chuseok
2036-10-06|추석 대체 휴일|Alternative holiday for Chuseok
2036-10-07|추석 대체 휴일|Alternative holiday for Chuseok
2036-10-09|한글날|Hangul Day
2036-12-25|기독탄신일|Christmas Day
2037-01-01|신정연휴|New Year's Day
2037-02-14|설날 전날|The day preceding Korean New Year
2037-02-15|설날|Korean New Year
2037-02-16|설날 다음날|The second day of Korean New Year
2037-02-17|설날 대체 휴일|Alternative holiday for Korean New Year
2037-03-01|삼일절|Independence Movement Day
2037-03-02|삼일절 대체 휴일|Alternative holiday for Independence Movement Day
2037-05-01|노동절|Labor Day
2037-05-05|어린이날|Children's Day
2037-05-22|부처님오신날|Buddha's Birthday
2037-06-06|현충일|Memorial Day
2037-07-17|제헌절|Constitution Day
2037-08-15|광복절|Liberation Day
2037-08-17|광복절 대체 휴일|Alternative holiday for Liberation Day
2037-09-23|추석 전날|The day preceding Chuseok
2037-09-24|추석|Chuseok
2037-09-25|추석 다음날|The second day of Chuseok
2037-10-03|개천절|National Foundation Day
2037-10-05|개천절 대체 휴일|Alternative holiday for National Foundation Day
2037-10-09|한글날|Hangul Day
2037-12-25|기독탄신일|Christmas Day
2038-01-01|신정연휴|New Year's Day
2038-02-03|설날 전날|The day preceding Korean New Year
2038-02-04|설날|Korean New Year
2038-02-05|설날 다음날|The second day of Korean New Year
2038-03-01|삼일절|Independence Movement Day
2038-05-01|노동절|Labor Day
2038-05-03|노동절 대체 휴일|Alternative holiday for Labor Day
2038-05-05|어린이날|Children's Day
2038-05-11|부처님오신날|Buddha's Birthday
2038-06-02|지방선거일|Local Election Day
2038-06-06|현충일|Memorial Day
2038-07-17|제헌절|Constitution Day
2038-07-19|제헌절 대체 휴일|Alternative holiday for Constitution Day
2038-08-15|광복절|Liberation Day
2038-08-16|광복절 대체 휴일|Alternative holiday for Liberation Day
2038-09-12|추석 전날|The day preceding Chuseok
2038-09-13|추석|Chuseok
2038-09-14|추석 다음날|The second day of Chuseok
2038-09-15|추석 대체 휴일|Alternative holiday for Chuseok
2038-10-03|개천절|National Foundation Day
2038-10-04|개천절 대체 휴일|Alternative holiday for National Foundation Day
2038-10-09|한글날|Hangul Day
2038-10-11|한글날 대체 휴일|Alternative holiday for Hangul Day
2038-12-25|기독탄신일|Christmas Day
2038-12-27|기독탄신일 대체 휴일|Alternative holiday for Christmas Day
2039-01-01|신정연휴|New Year's Day
2039-01-23|설날 전날|The day preceding Korean New Year
2039-01-24|설날|Korean New Year
2039-01-25|설날 다음날|The second day of Korean New Year
2039-01-26|설날 대체 휴일|Alternative holiday for Korean New Year
2039-03-01|삼일절|Independence Movement Day
2039-04-30|부처님오신날|Buddha's Birthday
2039-05-01|노동절|Labor Day
2039-05-02|부처님오신날 대체 휴일|Alternative holiday for Buddha's Birthday
2039-05-03|노동절 대체 휴일|Alternative holiday for Labor Day
2039-05-05|어린이날|Children's Day
2039-06-06|현충일|Memorial Day
2039-07-17|제헌절|Constitution Day
2039-07-18|제헌절 대체 휴일|Alternative holiday for Constitution Day
2039-08-15|광복절|Liberation Day
2039-10-01|추석 전날|The day preceding Chuseok
2039-10-02|추석|Chuseok
2039-10-03|개천절; 추석 다음날|National Foundation Day; The second day of Chuseok
2039-10-04|추석 대체 휴일|Alternative holiday for Chuseok
2039-10-05|추석 대체 휴일|Alternative holiday for Chuseok
2039-10-09|한글날|Hangul Day
2039-10-10|한글날 대체 휴일|Alternative holiday for Hangul Day
2039-12-25|기독탄신일|Christmas Day
2039-12-26|기독탄신일 대체 휴일|Alternative holiday for Christmas Day
2040-01-01|신정연휴|New Year's Day
2040-02-11|설날 전날|The day preceding Korean New Year
2040-02-12|설날|Korean New Year
2040-02-13|설날 다음날|The second day of Korean New Year
2040-02-14|설날 대체 휴일|Alternative holiday for Korean New Year
2040-03-01|삼일절|Independence Movement Day
2040-03-28|대통령 선거일|Presidential Election Day
2040-04-11|국회의원 선거일|National Assembly Election Day
2040-05-01|노동절|Labor Day
2040-05-05|어린이날|Children's Day
2040-05-07|어린이날 대체 휴일|Alternative holiday for Children's Day
2040-05-18|부처님오신날|Buddha's Birthday
2040-06-06|현충일|Memorial Day
2040-07-17|제헌절|Constitution Day
2040-08-15|광복절|Liberation Day
2040-09-20|추석 전날|The day preceding Chuseok
2040-09-21|추석|Chuseok
2040-09-22|추석 다음날|The second day of Chuseok
2040-10-03|개천절|National Foundation Day
2040-10-09|한글날|Hangul Day
2040-12-25|기독탄신일|Christmas Day
2041-01-01|신정연휴|New Year's Day
2041-01-31|설날 전날|The day preceding Korean New Year
2041-02-01|설날|Korean New Year
2041-02-02|설날 다음날|The second day of Korean New Year
2041-03-01|삼일절|Independence Movement Day
2041-05-01|노동절|Labor Day
2041-05-05|어린이날|Children's Day
2041-05-06|어린이날 대체 휴일|Alternative holiday for Children's Day
2041-05-07|부처님오신날|Buddha's Birthday
2041-06-06|현충일|Memorial Day
2041-07-17|제헌절|Constitution Day
2041-08-15|광복절|Liberation Day
2041-09-09|추석 전날|The day preceding Chuseok
2041-09-10|추석|Chuseok
2041-09-11|추석 다음날|The second day of Chuseok
2041-10-03|개천절|National Foundation Day
2041-10-09|한글날|Hangul Day
2041-12-25|기독탄신일|Christmas Day
2042-01-01|신정연휴|New Year's Day
2042-01-21|설날 전날|The day preceding Korean New Year
2042-01-22|설날|Korean New Year
2042-01-23|설날 다음날|The second day of Korean New Year
2042-03-01|삼일절|Independence Movement Day
2042-03-03|삼일절 대체 휴일|Alternative holiday for Independence Movement Day
2042-05-01|노동절|Labor Day
2042-05-05|어린이날|Children's Day
2042-05-26|부처님오신날|Buddha's Birthday
2042-06-04|지방선거일|Local Election Day
2042-06-06|현충일|Memorial Day
2042-07-17|제헌절|Constitution Day
2042-08-15|광복절|Liberation Day
2042-09-27|추석 전날|The day preceding Chuseok
2042-09-28|추석|Chuseok
2042-09-29|추석 다음날|The second day of Chuseok
2042-09-30|추석 대체 휴일|Alternative holiday for Chuseok
2042-10-03|개천절|National Foundation Day
2042-10-09|한글날|Hangul Day
2042-12-25|기독탄신일|Christmas Day
2043-01-01|신정연휴|New Year's Day
2043-02-09|설날 전날|The day preceding Korean New Year
2043-02-10|설날|Korean New Year
2043-02-11|설날 다음날|The second day of Korean New Year
2043-03-01|삼일절|Independence Movement Day
2043-03-02|삼일절 대체 휴일|Alternative holiday for Independence Movement Day
2043-05-01|노동절|Labor Day
2043-05-05|어린이날|Children's Day
2043-05-16|부처님오신날|Buddha's Birthday
2043-05-18|부처님오신날 대체 휴일|Alternative holiday for Buddha's Birthday
2043-06-06|현충일|Memorial Day
2043-07-17|제헌절|Constitution Day
2043-08-15|광복절|Liberation Day
2043-08-17|광복절 대체 휴일|Alternative holiday for Liberation Day
2043-09-16|추석 전날|The day preceding Chuseok
2043-09-17|추석|Chuseok
2043-09-18|추석 다음날|The second day of Chuseok
2043-10-03|개천절|National Foundation Day
2043-10-05|개천절 대체 휴일|Alternative holiday for National Foundation Day
2043-10-09|한글날|Hangul Day
2043-12-25|기독탄신일|Christmas Day
2044-01-01|신정연휴|New Year's Day
2044-01-29|설날 전날|The day preceding Korean New Year
2044-01-30|설날|Korean New Year
2044-01-31|설날 다음날|The second day of Korean New Year
2044-02-01|설날 대체 휴일|Alternative holiday for Korean New Year
2044-03-01|삼일절|Independence Movement Day
2044-04-13|국회의원 선거일|National Assembly Election Day
2044-05-01|노동절|Labor Day
2044-05-02|노동절 대체 휴일|Alternative holiday for Labor Day
2044-05-05|부처님오신날; 어린이날|Buddha's Birthday; Children's Day
2044-05-06|부처님오신날 대체 휴일; 어린이날 대체 휴일|Alternative holiday for Buddha's Birthday; Alternative holiday for Children's Day
2044-06-06|현충일|Memorial Day
2044-07-17|제헌절|Constitution Day
2044-07-18|제헌절 대체 휴일|Alternative holiday for Constitution Day
2044-08-15|광복절|Liberation Day
2044-10-03|개천절|National Foundation Day
2044-10-04|추석 전날|The day preceding Chuseok
2044-10-05|추석|Chuseok
2044-10-06|추석 다음날|The second day of Chuseok
2044-10-09|한글날|Hangul Day
2044-10-10|한글날 대체 휴일|Alternative holiday for Hangul Day
2044-12-25|기독탄신일|Christmas Day
2044-12-26|기독탄신일 대체 휴일|Alternative holiday for Christmas Day
2045-01-01|신정연휴|New Year's Day
2045-02-16|설날 전날|The day preceding Korean New Year
2045-02-17|설날|Korean New Year
2045-02-18|설날 다음날|The second day of Korean New Year
2045-03-01|삼일절|Independence Movement Day
2045-03-29|대통령 선거일|Presidential Election Day
2045-05-01|노동절|Labor Day
2045-05-05|어린이날|Children's Day
2045-05-24|부처님오신날|Buddha's Birthday
2045-06-06|현충일|Memorial Day
2045-07-17|제헌절|Constitution Day
2045-08-15|광복절|Liberation Day
2045-09-24|추석 전날|The day preceding Chuseok
2045-09-25|추석|Chuseok
2045-09-26|추석 다음날|The second day of Chuseok
2045-09-27|추석 대체 휴일|Alternative holiday for Chuseok
2045-10-03|개천절|National Foundation Day
2045-10-09|한글날|Hangul Day
2045-12-25|기독탄신일|Christmas Day
2046-01-01|신정연휴|New Year's Day
2046-02-05|설날 전날|The day preceding Korean New Year
2046-02-06|설날|Korean New Year
2046-02-07|설날 다음날|The second day of Korean New Year
2046-03-01|삼일절|Independence Movement Day
2046-05-01|노동절|Labor Day
2046-05-05|어린이날|Children's Day
2046-05-07|어린이날 대체 휴일|Alternative holiday for Children's Day
2046-05-13|부처님오신날|Buddha's Birthday
2046-05-14|부처님오신날 대체 휴일|Alternative holiday for Buddha's Birthday
2046-06-06|현충일|Memorial Day
2046-06-13|지방선거일|Local Election Day
2046-07-17|제헌절|Constitution Day
2046-08-15|광복절|Liberation Day
2046-09-14|추석 전날|The day preceding Chuseok
2046-09-15|추석|Chuseok
2046-09-16|추석 다음날|The second day of Chuseok
2046-09-17|추석 대체 휴일|Alternative holiday for Chuseok
2046-10-03|개천절|National Foundation Day
2046-10-09|한글날|Hangul Day
2046-12-25|기독탄신일|Christmas Day
2047-01-01|신정연휴|New Year's Day
2047-01-25|설날 전날|The day preceding Korean New Year
2047-01-26|설날|Korean New Year
2047-01-27|설날 다음날|The second day of Korean New Year
2047-01-28|설날 대체 휴일|Alternative holiday for Korean New Year
2047-03-01|삼일절|Independence Movement Day
2047-05-01|노동절|Labor Day
2047-05-02|부처님오신날|Buddha's Birthday
2047-05-05|어린이날|Children's Day
2047-05-06|어린이날 대체 휴일|Alternative holiday for Children's Day
2047-06-06|현충일|Memorial Day
2047-07-17|제헌절|Constitution Day
2047-08-15|광복절|Liberation Day
2047-10-03|개천절; 추석 전날|National Foundation Day; The day preceding Chuseok
2047-10-04|추석|Chuseok
2047-10-05|추석 다음날|The second day of Chuseok
2047-10-07|추석 대체 휴일|Alternative holiday for Chuseok
2047-10-09|한글날|Hangul Day
2047-12-25|기독탄신일|Christmas Day
2048-01-01|신정연휴|New Year's Day
2048-02-13|설날 전날|The day preceding Korean New Year
2048-02-14|설날|Korean New Year
2048-02-15|설날 다음날|The second day of Korean New Year
2048-03-01|삼일절|Independence Movement Day
2048-03-02|삼일절 대체 휴일|Alternative holiday for Independence Movement Day
2048-04-15|국회의원 선거일|National Assembly Election Day
2048-05-01|노동절|Labor Day
2048-05-05|어린이날|Children's Day
2048-05-20|부처님오신날|Buddha's Birthday
2048-06-06|현충일|Memorial Day
2048-07-17|제헌절|Constitution Day
2048-08-15|광복절|Liberation Day
2048-08-17|광복절 대체 휴일|Alternative holiday for Liberation Day
2048-09-21|추석 전날|The day preceding Chuseok
2048-09-22|추석|Chuseok
2048-09-23|추석 다음날|The second day of Chuseok
2048-10-03|개천절|National Foundation Day
2048-10-05|개천절 대체 휴일|Alternative holiday for National Foundation Day
2048-10-09|한글날|Hangul Day
2048-12-25|기독탄신일|Christmas Day
2049-01-01|신정연휴|New Year's Day
2049-02-01|설날 전날|The day preceding Korean New Year
2049-02-02|설날|Korean New Year
2049-02-03|설날 다음날|The second day of Korean New Year
2049-03-01|삼일절|Independence Movement Day
2049-05-01|노동절|Labor Day
2049-05-03|노동절 대체 휴일|Alternative holiday for Labor Day
2049-05-05|어린이날|Children's Day
2049-05-09|부처님오신날|Buddha's Birthday
2049-05-10|부처님오신날 대체 휴일|Alternative holiday for Buddha's Birthday
2049-06-06|현충일|Memorial Day
2049-07-17|제헌절|Constitution Day
2049-07-19|제헌절 대체 휴일|Alternative holiday for Constitution Day
2049-08-15|광복절|Liberation Day
2049-08-16|광복절 대체 휴일|Alternative holiday for Liberation Day
2049-09-10|추석 전날|The day preceding Chuseok
2049-09-11|추석|Chuseok
2049-09-12|추석 다음날|The second day of Chuseok
2049-09-13|추석 대체 휴일|Alternative holiday for Chuseok
2049-10-03|개천절|National Foundation Day
2049-10-04|개천절 대체 휴일|Alternative holiday for National Foundation Day
2049-10-09|한글날|Hangul Day
2049-10-11|한글날 대체 휴일|Alternative holiday for Hangul Day
2049-12-25|기독탄신일|Christmas Day
2049-12-27|기독탄신일 대체 휴일|Alternative holiday for Christmas Day
2050-01-01|신정연휴|New Year's Day
2050-01-22|설날 전날|The day preceding Korean New Year
2050-01-23|설날|Korean New Year
2050-01-24|설날 다음날|The second day of Korean New Year
2050-01-25|설날 대체 휴일|Alternative holiday for Korean New Year
2050-03-01|삼일절|Independence Movement Day
2050-03-30|대통령 선거일|Presidential Election Day
2050-05-01|노동절|Labor Day
2050-05-02|노동절 대체 휴일|Alternative holiday for Labor Day
2050-05-05|어린이날|Children's Day
2050-05-28|부처님오신날|Buddha's Birthday
2050-05-30|부처님오신날 대체 휴일|Alternative holiday for Buddha's Birthday
2050-06-01|지방선거일|Local Election Day
2050-06-06|현충일|Memorial Day
2050-07-17|제헌절|Constitution Day
2050-07-18|제헌절 대체 휴일|Alternative holiday for Constitution Day
2050-08-15|광복절|Liberation Day
2050-09-29|추석 전날|The day preceding Chuseok
2050-09-30|추석|Chuseok
2050-10-01|추석 다음날|The second day of Chuseok
2050-10-03|개천절|National Foundation Day
2050-10-09|한글날|Hangul Day
2050-10-10|한글날 대체 휴일|Alternative holiday for Hangul Day
2050-12-25|기독탄신일|Christmas Day
2050-12-26|기독탄신일 대체 휴일|Alternative holiday for Christmas Day
2051-01-01|신정연휴|New Year's Day
2051-02-10|설날 전날|The day preceding Korean New Year
2051-02-11|설날|Korean New Year
2051-02-12|설날 다음날|The second day of Korean New Year
2051-02-13|설날 대체 휴일|Alternative holiday for Korean New Year
2051-03-01|삼일절|Independence Movement Day
2051-05-01|노동절|Labor Day
2051-05-05|어린이날|Children's Day
2051-05-17|부처님오신날|Buddha's Birthday
2051-06-06|현충일|Memorial Day
2051-07-17|제헌절|Constitution Day
2051-08-15|광복절|Liberation Day
2051-09-18|추석 전날|The day preceding Chuseok
2051-09-19|추석|Chuseok
2051-09-20|추석 다음날|The second day of Chuseok
2051-10-03|개천절|National Foundation Day
2051-10-09|한글날|Hangul Day
2051-12-25|기독탄신일|Christmas Day
2052-01-01|신정연휴|New Year's Day
2052-01-31|설날 전날|The day preceding Korean New Year
2052-02-01|설날|Korean New Year
2052-02-02|설날 다음날|The second day of Korean New Year
2052-03-01|삼일절|Independence Movement Day
2052-04-10|국회의원 선거일|National Assembly Election Day
2052-05-01|노동절|Labor Day
2052-05-05|어린이날|Children's Day
2052-05-06|부처님오신날|Buddha's Birthday
2052-05-07|어린이날 대체 휴일|Alternative holiday for Children's Day
2052-06-06|현충일|Memorial Day
2052-07-17|제헌절|Constitution Day
2052-08-15|광복절|Liberation Day
2052-09-06|추석 전날|The day preceding Chuseok
2052-09-07|추석|Chuseok
2052-09-08|추석 다음날|The second day of Chuseok
2052-09-09|추석 대체 휴일|Alternative holiday for Chuseok
2052-10-03|개천절|National Foundation Day
2052-10-09|한글날|Hangul Day
2052-12-25|기독탄신일|Christmas Day
2053-01-01|신정연휴|New Year's Day
2053-02-18|설날 전날|The day preceding Korean New Year
2053-02-19|설날|Korean New Year
2053-02-20|설날 다음날|The second day of Korean New Year
2053-03-01|삼일절|Independence Movement Day
2053-03-03|삼일절 대체 휴일|Alternative holiday for Independence Movement Day
2053-05-01|노동절|Labor Day
2053-05-05|어린이날|Children's Day
2053-05-25|부처님오신날|Buddha's Birthday
2053-05-26|부처님오신날 대체 휴일|Alternative holiday for Buddha's Birthday
2053-06-06|현충일|Memorial Day
2053-07-17|제헌절|Constitution Day
2053-08-15|광복절|Liberation Day
2053-09-25|추석 전날|The day preceding Chuseok
2053-09-26|추석|Chuseok
2053-09-27|추석 다음날|The second day of Chuseok
2053-10-03|개천절|National Foundation Day
2053-10-09|한글날|Hangul Day
2053-12-25|기독탄신일|Christmas Day
2054-01-01|신정연휴|New Year's Day
2054-02-07|설날 전날|The day preceding Korean New Year
2054-02-08|설날|Korean New Year
2054-02-09|설날 다음날|The second day of Korean New Year
2054-02-10|설날 대체 휴일|Alternative holiday for Korean New Year
2054-03-01|삼일절|Independence Movement Day
2054-03-02|삼일절 대체 휴일|Alternative holiday for Independence Movement Day
2054-05-01|노동절|Labor Day
2054-05-05|어린이날|Children's Day
2054-05-15|부처님오신날|Buddha's Birthday
2054-06-03|지방선거일|Local Election Day
2054-06-06|현충일|Memorial Day
2054-07-17|제헌절|Constitution Day
2054-08-15|광복절|Liberation Day
2054-08-17|광복절 대체 휴일|Alternative holiday for Liberation Day
2054-09-15|추석 전날|The day preceding Chuseok
2054-09-16|추석|Chuseok
2054-09-17|추석 다음날|The second day of Chuseok
2054-10-03|개천절|National Foundation Day
2054-10-05|개천절 대체 휴일|Alternative holiday for National Foundation Day
2054-10-09|한글날|Hangul Day
2054-12-25|기독탄신일|Christmas Day
2055-01-01|신정연휴|New Year's Day
2055-01-27|설날 전날|The day preceding Korean New Year
2055-01-28|설날|Korean New Year
2055-01-29|설날 다음날|The second day of Korean New Year
2055-03-01|삼일절|Independence Movement Day
2055-03-31|대통령 선거일|Presidential Election Day
2055-05-01|노동절|Labor Day
2055-05-03|노동절 대체 휴일|Alternative holiday for Labor Day
2055-05-04|부처님오신날|Buddha's Birthday
2055-05-05|어린이날|Children's Day
2055-06-06|현충일|Memorial Day
2055-07-17|제헌절|Constitution Day
2055-07-19|제헌절 대체 휴일|Alternative holiday for Constitution Day
2055-08-15|광복절|Liberation Day
2055-08-16|광복절 대체 휴일|Alternative holiday for Liberation Day
2055-10-03|개천절|National Foundation Day
2055-10-04|추석 전날|The day preceding Chuseok
2055-10-05|추석|Chuseok
2055-10-06|추석 다음날|The second day of Chuseok
2055-10-07|개천절 대체 휴일|Alternative holiday for National Foundation Day
2055-10-09|한글날|Hangul Day
2055-10-11|한글날 대체 휴일|Alternative holiday for Hangul Day
2055-12-25|기독탄신일|Christmas Day
2055-12-27|기독탄신일 대체 휴일|Alternative holiday for Christmas Day
2056-01-01|신정연휴|New Year's Day
2056-02-14|설날 전날|The day preceding Korean New Year
2056-02-15|설날|Korean New Year
2056-02-16|설날 다음날|The second day of Korean New Year
2056-03-01|삼일절|Independence Movement Day
2056-04-12|국회의원 선거일|National Assembly Election Day
2056-05-01|노동절|Labor Day
2056-05-05|어린이날|Children's Day
2056-05-22|부처님오신날|Buddha's Birthday
2056-06-06|현충일|Memorial Day
2056-07-17|제헌절|Constitution Day
2056-08-15|광복절|Liberation Day
2056-09-23|추석 전날|The day preceding Chuseok
2056-09-24|추석|Chuseok
2056-09-25|추석 다음날|The second day of Chuseok
2056-09-26|추석 대체 휴일|Alternative holiday for Chuseok
2056-10-03|개천절|National Foundation Day
2056-10-09|한글날|Hangul Day
2056-12-25|기독탄신일|Christmas Day
2057-01-01|신정연휴|New Year's Day
2057-02-03|설날 전날|The day preceding Korean New Year
2057-02-04|설날|Korean New Year
2057-02-05|설날 다음날|The second day of Korean New Year
2057-02-06|설날 대체 휴일|Alternative holiday for Korean New Year
2057-03-01|삼일절|Independence Movement Day
2057-05-01|노동절|Labor Day
2057-05-05|어린이날|Children's Day
2057-05-07|어린이날 대체 휴일|Alternative holiday for Children's Day
2057-05-11|부처님오신날|Buddha's Birthday
2057-06-06|현충일|Memorial Day
2057-07-17|제헌절|Constitution Day
2057-08-15|광복절|Liberation Day
2057-09-12|추석 전날|The day preceding Chuseok
2057-09-13|추석|Chuseok
2057-09-14|추석 다음날|The second day of Chuseok
2057-10-03|개천절|National Foundation Day
2057-10-09|한글날|Hangul Day
2057-12-25|기독탄신일|Christmas Day
2058-01-01|신정연휴|New Year's Day
2058-01-23|설날 전날|The day preceding Korean New Year
2058-01-24|설날|Korean New Year
2058-01-25|설날 다음날|The second day of Korean New Year
2058-03-01|삼일절|Independence Movement Day
2058-04-30|부처님오신날|Buddha's Birthday
2058-05-01|노동절|Labor Day
2058-05-05|어린이날|Children's Day
2058-05-06|어린이날 대체 휴일|Alternative holiday for Children's Day
2058-06-06|현충일|Memorial Day
2058-06-12|지방선거일|Local Election Day
2058-07-17|제헌절|Constitution Day
2058-08-15|광복절|Liberation Day
2058-10-01|추석 전날|The day preceding Chuseok
2058-10-02|추석|Chuseok
2058-10-03|개천절; 추석 다음날|National Foundation Day; The second day of Chuseok
2058-10-04|추석 대체 휴일|Alternative holiday for Chuseok
2058-10-09|한글날|Hangul Day
2058-12-25|기독탄신일|Christmas Day
2059-01-01|신정연휴|New Year's Day
2059-02-11|설날 전날|The day preceding Korean New Year
2059-02-12|설날|Korean New Year
2059-02-13|설날 다음날|The second day of Korean New Year
2059-03-01|삼일절|Independence Movement Day
2059-03-03|삼일절 대체 휴일|Alternative holiday for Independence Movement Day
2059-05-01|노동절|Labor Day
2059-05-05|어린이날|Children's Day
2059-05-19|부처님오신날|Buddha's Birthday
2059-06-06|현충일|Memorial Day
2059-07-17|제헌절|Constitution Day
2059-08-15|광복절|Liberation Day
2059-09-20|추석 전날|The day preceding Chuseok
2059-09-21|추석|Chuseok
2059-09-22|추석 다음날|The second day of Chuseok
2059-09-23|추석 대체 휴일|Alternative holiday for Chuseok
2059-10-03|개천절|National Foundation Day
2059-10-09|한글날|Hangul Day
2059-12-25|기독탄신일|Christmas Day
2060-01-01|신정연휴|New Year's Day
2060-02-01|설날 전날|The day preceding Korean New Year
2060-02-02|설날|Korean New Year
2060-02-03|설날 다음날|The second day of Korean New Year
2060-02-04|설날 대체 휴일|Alternative holiday for Korean New Year
2060-03-01|삼일절|Independence Movement Day
2060-03-31|대통령 선거일|Presidential Election Day
2060-04-14|국회의원 선거일|National Assembly Election Day
2060-05-01|노동절|Labor Day
2060-05-03|노동절 대체 휴일|Alternative holiday for Labor Day
2060-05-05|어린이날|Children's Day
2060-05-07|부처님오신날|Buddha's Birthday
2060-06-06|현충일|Memorial Day
2060-07-17|제헌절|Constitution Day
2060-07-19|제헌절 대체 휴일|Alternative holiday for Constitution Day
2060-08-15|광복절|Liberation Day
2060-08-16|광복절 대체 휴일|Alternative holiday for Liberation Day
2060-09-08|추석 전날|The day preceding Chuseok
2060-09-09|추석|Chuseok
2060-09-10|추석 다음날|The second day of Chuseok
2060-10-03|개천절|National Foundation Day
2060-10-04|개천절 대체 휴일|Alternative holiday for National Foundation Day
2060-10-09|한글날|Hangul Day
2060-10-11|한글날 대체 휴일|Alternative holiday for Hangul Day
2060-12-25|기독탄신일|Christmas Day
2060-12-27|기독탄신일 대체 휴일|Alternative holiday for Christmas Day
"""

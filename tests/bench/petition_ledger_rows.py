#!/usr/bin/env python3
# Writes N rows (default 10,000) of a township's historical petition ledger (信访台账) in mixed statuses as a
# UTF-8 CSV, for timing the petitions import (issue 11): python3 petition_ledger_rows.py OUT.csv PLACE1,PLACE2,... [N]
# PLACES: village names of one township (e.g. from an org tree loaded by zongzhi-cli init --division 330281).
import csv, random, datetime, sys
random.seed(11)
places = sys.argv[2].split(',')
N = int(sys.argv[3]) if len(sys.argv) > 3 else 10000
W = [7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]
C = '10X98765432'
def rid(i):
    birth = datetime.date(1950,1,1) + datetime.timedelta(days=random.randrange(20000))
    s = '330281' + birth.strftime('%Y%m%d') + '%03d' % (i % 1000)
    return s + C[sum(int(a)*b for a,b in zip(s,W)) % 11]
H = ['信访编号','登记日期','信访形式','信访类型','信访人','身份证号','联系电话','诉求','问题发生地','状态','受理日期',
     '处理意见','办理结果','答复日期','送达日期','送达方式','复查申请日期','复查意见日期','复查送达日期',
     '复核申请日期','复核意见日期','复核送达日期','办结日期']
statuses = [('登记',10),('办理中',15),('不予受理',5),('当场化解',10),('已答复',5),('已送达',10),('复查中',3),
            ('办结',38),('复核办结',2),('不再受理',2)]
pool = [s for s,w in statuses for _ in range(w)]
people = [('信访人%05d' % i, rid(i), '138%08d' % i) for i in range(7000)]  # some petition more than once
d0 = datetime.date(2020,1,1)
w = csv.writer(open(sys.argv[1], 'w', newline='', encoding='utf-8-sig'))
w.writerow(H)
for i in range(N):
    st = random.choice(pool)
    rec = d0 + datetime.timedelta(days=random.randrange(1700))
    name, idn, phone = random.choice(people)
    row = dict.fromkeys(H, '')
    row.update({'信访编号': 'YY-%05d' % (i+1), '登记日期': rec.isoformat() + ' %02d:%02d' % (8+i%9, i%60),
                '信访形式': random.choice(['走访','来信','电话','网络']), '信访类型': random.choice(['申诉求决','建议意见','检举控告']),
                '信访人': name, '身份证号': idn, '联系电话': phone, '诉求': '要求解决第%d号问题' % i,
                '问题发生地': random.choice(places)})
    d = rec
    def nxt(a, b):
        global d
        d = d + datetime.timedelta(days=random.randint(a, b))
        return d.isoformat()
    s = 'concluded_recheck' if st == '复核办结' else st
    row['状态'] = '办结' if st == '复核办结' else st
    if st in ('不予受理','不再受理'):
        row['受理日期'] = nxt(0, 10); row['办理结果'] = '不属于本级职权'
    elif st == '当场化解':
        row['办结日期'] = rec.isoformat(); row['办理结果'] = '当场调解'
    elif st != '登记':
        row['受理日期'] = nxt(0, 10)
        if st in ('已答复','已送达','复查中','办结','复核办结'):
            row['答复日期'] = nxt(5, 55); row['处理意见'] = random.choice(['予以支持','解释说明','不予支持'])
        if st in ('已送达','复查中','办结','复核办结'):
            row['送达日期'] = nxt(0, 5); row['送达方式'] = '直接送达'
        if st in ('复查中','复核办结'):
            row['复查申请日期'] = nxt(1, 25)
        if st == '复核办结':
            row['复查意见日期'] = nxt(5, 25); row['复查送达日期'] = nxt(0, 3)
            row['复核申请日期'] = nxt(1, 25); row['复核意见日期'] = nxt(5, 25); row['复核送达日期'] = nxt(0, 3)
        if st == '办结':
            row['办结日期'] = nxt(0, 20)
    w.writerow([row[h] for h in H])

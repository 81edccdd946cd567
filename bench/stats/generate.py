#!/usr/bin/env python3
"""Synthetic statistics for the import benchmark (bench/stats/README.md).

Writes, for every gmina of the bundled TERYT register (RODZ 1, 2, 3: 2,479 units):
  indicators.csv  INDICATORS synthetic indicator definitions (SYN_001 ...), plus one derived per capita
  values.csv      teryt;indicator;year;value for every gmina x YEARS years x INDICATORS indicators
  urls.txt        comparison requests for the HTTP benchmark (random unit, indicator, year)
The same seed gives the same files. Population (LUDNOSC) is not generated: the platform loads the
real GUS BDL series at its first start.
"""
import argparse
import os
import random

here = os.path.dirname(os.path.abspath(__file__))
terc = os.path.join(here, '..', '..', 'src', 'main', 'resources', 'localgov', 'terc.csv')

parser = argparse.ArgumentParser()
parser.add_argument('--indicators', type=int, default=200)
parser.add_argument('--years', type=int, default=20)
parser.add_argument('--first-year', type=int, default=2005)
parser.add_argument('--seed', type=int, default=1)
parser.add_argument('--urls', type=int, default=20000)
parser.add_argument('--out', default='.')
args = parser.parse_args()

gminas = []
with open(terc, encoding='utf-8') as f:
    next(f)
    for line in f:
        woj, pow_, gmi, rodz = line.split(';')[:4]
        if gmi and rodz in ('1', '2', '3'):
            gminas.append(woj + pow_ + gmi + rodz)
gminas.sort()
rnd = random.Random(args.seed)
codes = ['SYN_%03d' % (i + 1) for i in range(args.indicators)]
areas = ['KULTURA', 'OSWIATA', 'POMOC_SPOLECZNA', 'OCHRONA_ZDROWIA', 'TRANSPORT', 'FINANSE']
polarities = ['HIGHER_BETTER', 'LOWER_BETTER', 'NEUTRAL']
os.makedirs(args.out, exist_ok=True)
with open(os.path.join(args.out, 'indicators.csv'), 'w', encoding='utf-8') as f:
    f.write('indicator;name_pl;name_en;unit;area;source;polarity;decimals;formula;description\n')
    for i, code in enumerate(codes):
        f.write('%s;Wskaźnik syntetyczny %d;Synthetic indicator %d;zł;%s;benchmark;%s;2;;dane syntetyczne\n'
                % (code, i + 1, i + 1, areas[i % len(areas)], polarities[i % len(polarities)]))
    f.write('SYN_001_PC;Wskaźnik syntetyczny 1 na mieszkańca;Synthetic indicator 1 per capita;zł/mieszk.;'
            'FINANSE;benchmark;HIGHER_BETTER;2;SYN_001 / LUDNOSC;dane syntetyczne\n')
years = list(range(args.first_year, args.first_year + args.years))
with open(os.path.join(args.out, 'values.csv'), 'w', encoding='utf-8', buffering=1 << 20) as f:
    f.write('teryt;indicator;year;value\n')
    for code in codes:
        base = rnd.uniform(10, 10000)
        for teryt in gminas:
            level = base * rnd.lognormvariate(0, 0.5)
            for year in years:
                level *= rnd.uniform(0.97, 1.05)
                f.write('%s;%s;%d;%.2f\n' % (teryt, code, year, level))
with open(os.path.join(args.out, 'urls.txt'), 'w', encoding='utf-8') as f:
    for _ in range(args.urls):
        f.write('/api/v1/units/%s/comparison/%s?year=%d\n' % (rnd.choice(gminas), rnd.choice(codes), rnd.choice(years)))
print('gminas=%d indicators=%d years=%d rows=%d' % (len(gminas), len(codes), len(years), len(gminas) * len(codes) * len(years)))

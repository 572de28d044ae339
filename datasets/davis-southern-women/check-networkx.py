"""Cross-check this package against networkx's davis_southern_women_graph().

Run: python3 datasets/davis-southern-women/check-networkx.py   (needs networkx)
"""
import csv
from pathlib import Path

import networkx as nx

here = Path(__file__).resolve().parent
with open(here / 'people.csv', encoding='utf-8', newline='') as f:
    people = {r['id']: r for r in csv.DictReader(f)}
with open(here / 'participations.csv', encoding='utf-8', newline='') as f:
    ours = {(people[r['person']]['networkx_name'], r['exchange']) for r in csv.DictReader(f)}

G = nx.davis_southern_women_graph()
top, bottom = G.graph['top'], G.graph['bottom']
theirs = {(u, v) if u in top else (v, u) for u, v in G.edges()}

print('networkx', nx.__version__, '| women', len(top), 'events', len(bottom), 'edges', G.number_of_edges())
print('ours: women', len(people), 'attendances', len(ours))
print('women in the same order:', [people[k]['networkx_name'] for k in sorted(people)] == top)
print('events:', sorted({e for _, e in ours}, key=lambda e: int(e[1:])) == bottom)
print('identical attendances:', ours == theirs,
      '| only ours:', sorted(ours - theirs), '| only networkx:', sorted(theirs - ours))
ok = ours == theirs and len(people) == 18 and len(ours) == 89
raise SystemExit(0 if ok else 1)

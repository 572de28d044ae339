"""Cross-check the marriage ties against networkx's florentine_families_graph().

Run: python3 datasets/florentine-families/check-networkx.py   (needs networkx)
"""
import csv
from pathlib import Path

import networkx as nx

here = Path(__file__).resolve().parent
with open(here / 'ties.csv', encoding='utf-8', newline='') as f:
    ties = list(csv.DictReader(f))
with open(here / 'people.csv', encoding='utf-8', newline='') as f:
    families = [r['id'] for r in csv.DictReader(f)]
ours = {frozenset((t['source'], t['target'])) for t in ties if t['kind'] == 'marriage'}

G = nx.florentine_families_graph()
theirs = {frozenset(e) for e in G.edges()}
print('networkx', nx.__version__, '| families', G.number_of_nodes(), 'marriage ties', G.number_of_edges())
print('ours: families', len(families), 'marriage ties', len(ours),
      'business ties', sum(t['kind'] == 'business' for t in ties))
print('families missing from networkx:', sorted(set(families) - set(G.nodes())))
print('identical marriage ties:', ours == theirs,
      '| only ours:', sorted(map(sorted, ours - theirs)), '| only networkx:', sorted(map(sorted, theirs - ours)))
raise SystemExit(0 if ours == theirs else 1)

#!/usr/bin/env python3
"""Reads jawla's network exports with networkx, the reader analysts use.

    tools/read_network.py FILE.gexf|FILE.graphml ...

prints, for each file, one JSON line: the graph's kind, its nodes (id and
attributes) and its edges (source, target and attributes), as networkx read
them. tests/core/export_network.rs runs it on the exports (so each format is
proven readable by a real reader of it); tools/test installs networkx.
"""
import json
import sys

import networkx as nx


def main(paths):
    for path in paths:
        if path.endswith(".gexf"):
            graph = nx.read_gexf(path)
        else:
            graph = nx.read_graphml(path)
        print(json.dumps({
            "file": path.rsplit("/", 1)[-1],
            "kind": type(graph).__name__,
            "nodes": {n: graph.nodes[n] for n in graph.nodes},
            "edges": [[u, v, d] for u, v, d in graph.edges(data=True)],
        }, ensure_ascii=False, sort_keys=True))


if __name__ == "__main__":
    main(sys.argv[1:])

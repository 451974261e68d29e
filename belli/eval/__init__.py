"""Measuring belli: `belli eval` (accuracy on public gold sets) and `belli bench` (speed).

    runner.evaluate(dataset, pipeline)   score one gold set -> Report (metrics with n, errors)
    report.render_table / write_results  show it, or write eval/results/<dataset>.json
    bench.bench(corpus, repeat)          belli vs the spaCy-only floor, each in its own process

Gold labels map to belli's through the CSV tables in belli/eval/data/.
"""

"""`python -m belli.spark INPUTS --out DIR`: the Spark job without belli's CLI."""

import sys

from belli.spark.job import main

sys.exit(main())

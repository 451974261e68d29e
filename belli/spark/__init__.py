"""belli on Spark: CC-NEWS-sized corpora through the same pipeline, into Parquet tables.

    from belli.spark import SparkJob, run_job, spark_session
    report = run_job(spark_session("local[*]"), SparkJob(("cc-news/",), "out/belli"))
    print(report.summary())

    belli spark cc-news/ --out out/belli          # the same from the command line
    belli import-parquet out/belli --db belli.duckdb

The job (belli.spark.job) reads with belli.ingest and analyses with
`Pipeline.process_batch`, so its records equal `belli ingest`'s; it writes one Parquet
table per store table, partitioned by input file and publication month. The import
(belli.spark.importer) needs DuckDB only, not Spark. Importing this package does not
import pyspark: the `spark` extra is needed only to run the job. docs/scale.md has the
settings that bite and recipes for Databricks, EMR and Dataproc.
"""

from belli.spark.importer import ImportReport, import_parquet
from belli.spark.job import JobReport, SparkJob, run_job
from belli.spark.session import spark_session

__all__ = ["ImportReport", "JobReport", "SparkJob", "import_parquet", "run_job", "spark_session"]

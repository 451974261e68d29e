"""belli's REST API (FastAPI) and the process that serves it with the dashboard."""

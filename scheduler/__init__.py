"""Time-driven work: cron jobs derived from config, and the timeline that runs them."""

"""Reports: terminal (rich) and tables (pandas CSV, JSON). The only users of rich and pandas."""

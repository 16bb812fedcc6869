"""Claims and stance: who takes what position toward whom."""

"""Work the monitor does on the log: extraction now; polling, projections and alerts later."""

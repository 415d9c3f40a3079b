"""The `monitor` command: one entry point, one module per group of subcommands."""

"""One module per subcommand of ``venueplanner``; :mod:`venueplanner.cli` lists them."""

from .cli.commandos import main

main()

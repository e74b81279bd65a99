import VraagbaakCLI

VraagbaakCommand.main()

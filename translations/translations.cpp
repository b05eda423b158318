// Holds the compiled translations (.qm) as a resource under :/i18n.

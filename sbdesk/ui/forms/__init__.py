"""Record forms: dialogs whose fields validate as the user types."""

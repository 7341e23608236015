"""PDF documents (reportlab): letters, certificates, register extracts, log exports. No Qt."""

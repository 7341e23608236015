"""Import of apartments, landlords/agreements and cases from XLSX and CSV: read, map, preview, commit."""

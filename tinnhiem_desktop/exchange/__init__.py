"""CSV / XLSX / JSON import and export (no Qt, no SQL)."""

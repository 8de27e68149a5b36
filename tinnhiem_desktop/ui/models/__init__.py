"""Qt table models (QAbstractTableModel) that the screens show: rows of domain objects."""

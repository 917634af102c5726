"""Find the dates a document carries about itself, and choose publication, update and anchor."""

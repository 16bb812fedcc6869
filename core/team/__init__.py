"""Team work: several annotators' libraries merged, their agreement, and the adjudicated gold layer."""

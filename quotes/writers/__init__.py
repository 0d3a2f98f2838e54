"""Writers: the workbook, JSON fact sheets and ClaimReview, each written atomically."""

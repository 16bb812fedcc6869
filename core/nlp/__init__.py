"""Natural-language processing of article text: tokens, entities, dates."""

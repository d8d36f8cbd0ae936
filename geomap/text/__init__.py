"""Stage 1, text: language identification, tokens and sentences, language packs."""

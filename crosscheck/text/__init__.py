"""Text: raw text -> cleaned text -> sentences -> tokens with spans -> lemmas.

``clean`` (with ``cues``) and ``markdown`` blank what is not article prose, offsets kept;
``sentences`` splits; ``tokens`` is the one tokenizer; ``words`` gives lemmas and canonical
forms; ``tries`` and ``leads`` build the finders' large regular expressions. Import each
name from the module that defines it: this file re-exports nothing.
"""

"""``timecheck serve``: the JSON API for CMSs and the annotated page for editors.

Importing this package needs no web framework: the page, the request parser and the payloads
are plain Python (``timecheck check --format html`` uses them); only ``app`` and ``server``
import starlette and uvicorn, the ``timecheck[serve]`` extra.
"""

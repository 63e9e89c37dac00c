"""Sphinx configuration for one edition of the course site.

``docs/build.py`` stages each edition's pages (the executed notebooks, a course map, the
glossary, the API reference) into a folder of its own and runs Sphinx on it with this file
(``-c docs``), once per edition; ``DOCKERLAB_SITE_EDITION`` says which (``zh`` or ``en``) and
``DOCKERLAB_SITE_VENDOR`` where the npm pieces (require.js, the widgets' html-manager) are.

Nothing here may make a page reach outside the site: the notebooks are not executed (their
stored outputs are the point), widgets render from saved state with local scripts, there is
no launch button, no MathJax from a CDN, and no web font.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# jsonschema (through nbformat) compiles rfc3987-syntax's grammar on import when that package
# is installed (JupyterLab brings it): 1.2 s of CPU per build for an "iri" format check that
# notebooks never use. Without it jsonschema simply has no such checker.
sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]

DOCS = Path(__file__).resolve().parent
EDITION = os.environ.get("DOCKERLAB_SITE_EDITION", "zh")
VENDOR = os.environ.get("DOCKERLAB_SITE_VENDOR", "")
#: the pages the other edition has too (the edition switch links only to those)
OTHER_PAGES = set(os.environ.get("DOCKERLAB_SITE_OTHER_PAGES", "").split())
CHINESE = EDITION == "zh"

project = "dockerlab"
author = "dockerlab"
copyright = "dockerlab contributors, MIT licence"
language = "zh_CN" if CHINESE else "en"
html_title = "Docker 课程 · 可执行版" if CHINESE else "Docker, executed"

extensions = ["myst_nb", "sphinx.ext.autodoc"]
# The notes are quoted verbatim: 'all' must stay 'all', not become ‘all’.
smartquotes = False
exclude_patterns = ["_build", "**.ipynb_checkpoints"]
templates_path = [str(DOCS / "_templates")]
# Error outputs that are not Python tracebacks (a failed %%bash cell) do not lex as one.
suppress_warnings = ["myst.header", "misc.highlighting_failure"]

# The notebooks' stored outputs are the content: never execute them here.
nb_execution_mode = "off"
nb_merge_streams = True
nb_output_folder = os.environ.get("DOCKERLAB_SITE_OUTPUTS", "jupyter_execute")
# Widgets render from the notebook's saved state through a local html-manager. The CDN it
# would fetch other widget modules from is a name that cannot resolve: a notebook with a
# third-party widget fails visibly on the site rather than reaching the internet.
nb_ipywidgets_js = {
    "require.js": {},
    "embed-amd.js": {"data-jupyter-widgets-cdn": "./widget-modules-are-not-fetched/"},
}

# Search: the Chinese edition splits words with jieba (Sphinx < 9; 9.0 broke it).
html_search_language = "zh" if CHINESE else "en"
# jieba's own dictionary plus the glossary's terms (Sphinx would otherwise load jieba's whole
# dictionary a second time as a "user" dictionary: 2 s per build for nothing).
html_search_options = {"dict": os.environ.get("DOCKERLAB_SITE_SEARCH_TERMS", "")}
# Result summaries are fetched from the pages, which a browser refuses from file://.
html_show_search_summary = False

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_preserve_defaults = True

html_theme = "sphinx_book_theme"
html_static_path = [str(DOCS / "_static"), *([VENDOR] if VENDOR else [])]
html_css_files = ["dockerlab-site.css"]
html_copy_source = True  # the .ipynb download button serves the notebook itself
html_show_sourcelink = False
html_last_updated_fmt = None
html_theme_options = {
    "use_download_button": True,
    "use_fullscreen_button": False,
    "use_repository_button": False,
    "launch_buttons": {},
    "home_page_in_toc": True,
    "show_navbar_depth": 1,
    "article_header_end": ["edition-switch.html", "article-header-buttons.html"],
    "navigation_with_keys": False,
    "show_toc_level": 2,
    "navbar_persistent": [],  # the sidebar has the search field
    "footer_content_items": ["copyright.html", "extra-footer.html"],
    "extra_footer": (
        "这个网站是静态文件，不需要网络。"
        if CHINESE
        else "This site is static files and needs no network."
    ),
}
# A mode set from the start: with none, the theme logs an error on a first visit.
html_context = {"dockerlab_edition": EDITION, "default_mode": "light"}


if CHINESE:
    import logging

    import jieba  # the docs extra installs it; quiet about loading its dictionary

    jieba.setLogLevel(logging.WARNING)


def _page_context(app, pagename, templatename, context, doctree):
    """The ``lang`` attribute browsers choose CJK fonts by (``zh-CN``, not Sphinx's
    ``zh_CN``), and the link to the same page in the other edition when it exists."""
    context["language"] = "zh-CN" if CHINESE else "en"
    other = "en" if CHINESE else "zh"
    if pagename in OTHER_PAGES:
        context["dockerlab_other"] = {
            "href": f"../{other}/{pagename}.html",
            "label": "English" if CHINESE else "中文",
            "title": "English edition of this page" if CHINESE else "这一页的中文版",
        }
    context["dockerlab_home"] = "../index.html"


def _api_source(app, docname, source):
    """The API reference, generated here, where autodoc imports dockerlab anyway."""
    if docname == "api":
        import dockerlab

        sys.path.insert(0, str(DOCS))
        import pages

        exported = {name: getattr(dockerlab, name) for name in dockerlab.__all__}
        source[0] = pages.api_reference(EDITION, exported)


def setup(app):
    app.connect("html-page-context", _page_context)
    app.connect("source-read", _api_source)
    return {"parallel_read_safe": True, "parallel_write_safe": True}

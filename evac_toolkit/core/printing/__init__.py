"""PDF output with ReportLab: fonts registered once, text shaped by HarfBuzz (``shaping=1``).

Imported only when something is printed; start-up never pays for ReportLab.
"""

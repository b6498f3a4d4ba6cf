"""Head-office service (installable extra ``[server]``): the sync protocol over HTTP
(``app``), its work (``service``), the database (``db``, ``database``, ``migrations``), the
administrator's command line (``cli``) and de-identified statistics (``stats``)."""

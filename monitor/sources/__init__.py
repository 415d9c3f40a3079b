"""Where articles come from: local files and folders now, polled outlets later."""

fmt = "%d items"
msg = fmt % "many"

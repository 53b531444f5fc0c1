-- wrk script: POST the chat-completions body in $VERMELD_BENCH_BODY to the URL wrk was given.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = assert(io.open(os.getenv("VERMELD_BENCH_BODY"), "rb"))
wrk.body = f:read("*a")
f:close()

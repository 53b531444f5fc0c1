-- wrk script: POST /api/v1/analyze with realistic drafts, one JSON body per line of the file
-- named by VERMELD_LOAD_BODIES (load.sh writes it), taken in turn.
local bodies = {}
local next_body = 1

function init(args)
  for line in io.lines(os.getenv("VERMELD_LOAD_BODIES")) do
    bodies[#bodies + 1] = line
  end
end

function request()
  local body = bodies[next_body]
  next_body = next_body % #bodies + 1
  return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, body)
end

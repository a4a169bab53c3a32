-- A party connected to this node: the directory points at it from now on.
-- KEYS[1] the party's directory key; KEYS[2] this node's party set
-- ARGV[1] the party's place (JSON, with the node id); ARGV[2] "ROLE:id"; ARGV[3] the prefix of node party sets
-- Returns the place it had before (another node's, to be told to let go), or false.
local before = redis.call('GET', KEYS[1])
redis.call('SET', KEYS[1], ARGV[1])
redis.call('SADD', KEYS[2], ARGV[2])
if before then
  local node = cjson.decode(before)['node']
  if node and (ARGV[3] .. node) ~= KEYS[2] then
    redis.call('SREM', ARGV[3] .. node, ARGV[2])
  end
end
return before

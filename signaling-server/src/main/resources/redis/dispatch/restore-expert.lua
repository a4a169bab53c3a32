-- restore-expert.lua (RedisDispatch.restoreExpert, after Redis lost its data): upserts a signed-on
-- expert with these skills and this wanted state, keeping any hold already restored and, if they
-- are still free and AVAILABLE, their place in the idle line. Never claims and never joins the
-- idle line (settle does), so calls from several nodes may come in any order, any number of times.
-- ARGV: prefix, expertId, skills (JSON array), wanted. Returns 1.
local id, skillsJson, wanted = ARGV[2], ARGV[3], ARGV[4]
local key = expertKey(id)
local tick = nil
local before = loadExpert(id)
if before then
  tick = before.idle
  leaveIdle(before)
  countOnline(before.skills, -1)
end
redis.call('HSET', key, 'skills', skillsJson, 'wanted', wanted)
redis.call('HSETNX', key, 'ringing', '0')
redis.call('SADD', EXPERTS, id)
countOnline(cjson.decode(skillsJson), 1)
local e = loadExpert(id)
if tick and not e.session and e.wanted == 'AVAILABLE' then
  joinIdle(e, tick)
end
return 1

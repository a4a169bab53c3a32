-- sign-on.lua (Dispatch.signOn): the expert is known anew with their skills, AWAY, holding nothing;
-- whatever was known of them before is forgotten first.
-- ARGV: prefix, expertId, skills (JSON array). Returns 1.
local id, skillsJson = ARGV[2], ARGV[3]
removeExpert(id)
redis.call('HSET', expertKey(id), 'skills', skillsJson, 'wanted', 'AWAY', 'ringing', '0')
redis.call('SADD', EXPERTS, id)
countOnline(cjson.decode(skillsJson), 1)
return 1

import "./app/main";
